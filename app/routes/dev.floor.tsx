import { serverTimingEnabled } from "~/lib/config.server";

// The benchmark's floor: a page through the same server, shell and root loader, with no data of its own.
export function loader() {
  if (!serverTimingEnabled()) throw new Response(null, { status: 404 });
  return null;
}

export default function Floor() {
  return <p>floor</p>; // i18n-exempt: a benchmark page nobody reads
}
