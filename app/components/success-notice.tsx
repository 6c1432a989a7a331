import type { ReactNode } from "react";

/** The confirmation after an action, read out by screen readers; nothing when there is none. */
export function SuccessNotice({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <p className="notice notice-success" role="status">
      {children}
    </p>
  );
}
