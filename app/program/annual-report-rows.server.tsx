import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";
import type { ReportPage } from "./annual-report";
import { BenchmarkRows } from "./annual-report-rows";

/** The benchmarks table's rows as HTML in the reader's language (React escapes every text and attribute). */
export async function benchmarkRowsHtml(benchmarks: ReportPage["benchmarks"], locale: Locale): Promise<string> {
  const i18n = await i18nFor(locale);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <BenchmarkRows benchmarks={benchmarks} locale={locale} />
    </I18nextProvider>,
  );
}
