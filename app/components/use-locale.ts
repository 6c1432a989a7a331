import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";

/** The language of the page, for Intl formatting. */
export function useLocale(): string {
  return useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "en";
}
