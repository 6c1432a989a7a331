import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";

type RootData = NonNullable<ReturnType<typeof useRouteLoaderData<typeof rootLoader>>>;

/**
 * The root loader's data (language, who is signed in) or, on a page the root's error boundary shows
 * for an action (when Remix does not run the root loader), the copy its answer carries.
 */
export function useRootData(): RootData | undefined {
  const loaded = useRouteLoaderData<typeof rootLoader>("root");
  const error = useRouteError();
  if (loaded) return loaded;
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return undefined;
  return (error.data as { root?: RootData }).root;
}
