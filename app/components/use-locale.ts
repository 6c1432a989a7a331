import { useRootData } from "./root-data";

/** The language of the page, for Intl formatting. */
export function useLocale(): string {
  return useRootData()?.locale ?? "en";
}
