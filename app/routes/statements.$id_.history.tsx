import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { SelectField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { idParam } from "~/lib/params";
import { ChangedParagraphs } from "~/statements/components";
import { versionDiff } from "~/statements/diff";
import { compareQuery } from "~/statements/forms.server";
import { ensureVisible } from "~/auth/policy";
import { now } from "~/lib/clock.server";
import { can } from "~/statements/policy";
import { loadStatement, standing } from "~/statements/queries.server";
import { listVersions, versionText } from "~/statements/versions.server";

export const handle: RouteHandle = {
  i18n: "statements",
  title: (t, data) =>
    t("statements:history.title", {
      title: (data as { statement?: { title: string } } | undefined)?.statement?.title ?? "",
    }),
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const [{ statement }, versions] = await Promise.all([
    loadStatement(db, id, viewer),
    listVersions(db, id, viewer.locale),
  ]);
  // The history is part of the drafting: the group's and the secretariat's only.
  ensureVisible(can(viewer, "view_drafting", standing(statement), now()));
  const query = compareQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const latest = statement.current_version;
  const to = Math.min(query.to ?? latest, latest);
  const from = Math.min(query.from ?? Math.max(1, to - 1), latest);
  const [before, after] = await Promise.all([versionText(db, id, from), versionText(db, id, to)]);
  return {
    statement: { id, title: statement.title, language: statement.language },
    versions,
    from,
    to,
    changes: before && after ? versionDiff(before, after).filter((paragraph) => paragraph.change !== "same") : [],
    timeZone: viewer.timeZone,
  };
}

export default function History() {
  const { statement, versions, from, to, changes, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["statements", "common"]);
  const locale = useLocale();
  // A long negotiation has a hundred versions or more: labels are translated once, not per version.
  const labels = {
    version: t("history.version"),
    firstDraft: t("history.firstDraft"),
    directEdit: t("history.directEdit"),
    print: t("export.print"),
    docx: t("export.docx"),
    text: t("export.text"),
    showChange: t("history.showChange"),
  };
  const options = versions.map((version) => ({
    value: String(version.number),
    label: `${labels.version} ${version.number}`,
  }));
  const base = `/statements/${statement.id}`;
  return (
    <>
      <p>
        <Link to={base}>{t("paragraph.back", { title: statement.title })}</Link>
      </p>
      <PageTitle>{t("history.heading")}</PageTitle>
      <section aria-labelledby="compare-heading" className="card">
        <h2 id="compare-heading">{t("history.compare")}</h2>
        <Form method="get" className="filters">
          <SelectField name="from" label={t("history.from")} defaultValue={String(from)} options={options} />
          <SelectField name="to" label={t("history.to")} defaultValue={String(to)} options={options} />
          <button type="submit" className="button-secondary">
            {t("history.show")}
          </button>
        </Form>
        <h3>{t("history.between", { from, to })}</h3>
        {changes.length ? (
          <ChangedParagraphs changes={changes} lang={statement.language} />
        ) : (
          <p>{t("history.same")}</p>
        )}
      </section>
      <section aria-labelledby="versions-heading" className="section-gap">
        <h2 id="versions-heading">{t("history.versions")}</h2>
        <ol className="history-list" reversed>
          {versions.map((version) => (
            <li key={version.number}>
              <strong>
                {labels.version} {version.number}
              </strong>{" "}
              — {formatDateTime(locale, version.createdAt, timeZone)} · {version.createdBy}
              <p>
                {version.number === 1
                  ? labels.firstDraft
                  : version.amendmentId
                    ? t("history.acceptedAmendment", { member: version.amendmentMember ?? "" })
                    : labels.directEdit}
                {version.reason ? <> — {version.reason}</> : null}
              </p>
              <p className="actions">
                <a href={`${base}/versions/${version.number}`}>{labels.print}</a>
                <a href={`${base}/versions/${version.number}/docx`} download>
                  {labels.docx}
                </a>
                <a href={`${base}/versions/${version.number}/txt`}>{labels.text}</a>
                {version.number > 1 ? (
                  <a href={`?from=${version.number - 1}&to=${version.number}`}>{labels.showChange}</a>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
