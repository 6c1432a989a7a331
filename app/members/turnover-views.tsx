// The turnover import's two screens after an upload: every line's errors, or the preview to import.
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableSection } from "~/components/table-section";
import type { TurnoverError, TurnoverRow } from "./turnover.server";

export function TurnoverErrors({ errors }: { errors: TurnoverError[] }) {
  const { t } = useTranslation("admin");
  return (
    <section className="notice notice-error" aria-labelledby="turnover-errors" tabIndex={-1}>
      <h2 id="turnover-errors">{t("turnover.errorsHeading", { count: errors.length })}</h2>
      <p>{t("turnover.nothingWritten")}</p>
      <ul>
        {errors.map((line) => (
          <li key={line.line}>
            {/* Line 0: the file as a whole (empty, too large). */}
            {line.line > 0 ? `${t("turnover.line", { line: line.line })} ` : null}
            {line.errors.map((error) => t(`turnover.errors.${error as "member"}`)).join(" ")}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TurnoverPreview({ rows, csv }: { rows: SerializeFrom<TurnoverRow>[]; csv: string }) {
  const { t } = useTranslation("admin");
  const columns = ["line", "member", "name", "email", "role", "language", "startsOn"] as const;
  return (
    <>
      <TableSection
        id="preview"
        title={t("turnover.previewHeading", { count: rows.length })}
        headers={columns.map((column) => t(`turnover.columns.${column}`))}
        empty=""
        isEmpty={false}
      >
        {rows.map((row) => (
          <tr key={row.line}>
            <td>{row.line}</td>
            <td>{row.memberName}</td>
            <th scope="row">{row.name}</th>
            <td>{row.email}</td>
            <td>
              {row.role === "alternate"
                ? t("turnover.alternate")
                : row.predecessor
                  ? t("turnover.succeeds", { name: row.predecessor })
                  : t("turnover.vacant")}
            </td>
            <td>{row.locale}</td>
            <td>{row.startsOn}</td>
          </tr>
        ))}
      </TableSection>
      <Form method="post">
        <input type="hidden" name="intent" value="import" />
        <input type="hidden" name="csv" value={csv} />
        <button type="submit">{t("turnover.import", { count: rows.length })}</button>
      </Form>
    </>
  );
}
