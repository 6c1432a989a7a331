import type { TFunction } from "i18next";

/** A file's size as people read it: kilobytes below a megabyte, megabytes with one decimal above. */
export function fileSize(t: TFunction<"library">, bytes: number, locale: string): string {
  if (bytes < 1_000_000)
    return t("units.kb", { value: new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1000))) });
  return t("units.mb", {
    value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000),
  });
}
