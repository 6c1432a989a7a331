import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { PersonAction } from "~/components/person-action";
import { TableSection } from "~/components/table-section";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate, formatDate, formatLocalTime } from "~/lib/format";
import { can } from "~/members/policy";
import { can as canPasskeys } from "~/passkeys/policy";
import { getMemberBySlug, memberIdBySlug, memberPeople, seatAmong } from "~/members/queries.server";
import { openBenchmarksFor } from "~/program/queries.server";
import { now, today } from "~/lib/clock.server";
import { useLocale } from "~/components/use-locale";
import { memberContributions } from "~/manual/queries.server";

export const handle: RouteHandle = {
  i18n: ["members", "program", "manual"],
  title: (_t, data) => (data as { member?: { name: string } } | undefined)?.member?.name ?? "",
  noindex: true,
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const slug = params.slug ?? "";
  // The member's parts are asked for beside the member, by its slug, not after it.
  const memberId = memberIdBySlug(db, slug);
  const [named, { current: people, history }, toReport, contributions] = await Promise.all([
    getMemberBySlug(db, slug, viewer.locale),
    memberPeople(db, memberId),
    openBenchmarksFor(db, memberId, today(), viewer.locale),
    memberContributions(db, memberId, viewer),
  ]);
  const member = found(named);
  const seeInvitations = can(viewer, "seeInvitations", { memberId: member.id });
  return {
    member,
    people: people
      .filter((person) => seeInvitations || person.status === "active")
      .map(({ hasPasskey, ...person }) => ({
        ...person,
        canResend: can(viewer, "resendInvitation", person),
        canRevoke: can(viewer, "revokeInvitation", person),
        canDeactivate: can(viewer, "deactivate", person),
        canResetPasskeys: hasPasskey && canPasskeys(viewer, "reset", { personId: person.id }),
      })),
    history,
    toReport,
    contributions,
    now: now().toISOString(),
    viewerTimeZone: viewer.timeZone,
    canInvite: can(viewer, "invite", null),
    canEdit: can(viewer, "editMember", null),
    canHandOver: can(viewer, "handOver", seatAmong(member.id, people)),
    canSeeActs: can(viewer, "seeActsInName", { memberId: member.id }),
  };
}

const NOTICES = [
  "invited",
  "handover",
  "deactivated",
  "resent",
  "revoked",
  "memberAdded",
  "memberUpdated",
  "passkeysReset",
] as const;

export default function MemberPage() {
  const {
    member,
    people,
    history,
    toReport,
    contributions,
    now,
    viewerTimeZone,
    canInvite,
    canEdit,
    canHandOver,
    canSeeActs,
  } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["members", "common", "program", "manual"]);
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  return (
    <>
      <p>
        <Link to="/members">{t("member.back")}</Link>
      </p>
      <PageTitle>{member.name}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <dl className="facts">
        <dt>{t("member.group")}</dt>
        <dd>{t(`common:regionalGroups.${member.regional_group ?? "organisation"}`)}</dd>
        <dt>{t("member.kind")}</dt>
        <dd>{t(`member.kinds.${member.kind}`)}</dd>
        <dt>{t("member.capital")}</dt>
        <dd>{member.capital}</dd>
        <dt>{t("member.joined")}</dt>
        <dd>{formatCalendarDate(locale, member.joined_on)}</dd>
      </dl>
      {canEdit ? (
        <p>
          <Link to={`/admin/members/${member.slug}`}>{t("member.edit")}</Link>
        </p>
      ) : null}

      <section aria-labelledby="people-heading" className="card section-gap">
        <h2 id="people-heading">{t("member.people")}</h2>
        {people.length === 0 ? <p>{t("member.noPeople")}</p> : null}
        <ul className="people-list">
          {people.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> — {p.isAlternate ? t("member.alternate") : t("member.focalPoint")}
              {p.status === "invited" ? <span className="badge"> {t("member.invited")}</span> : null}
              <br />
              {[p.title, p.ministry].filter(Boolean).join(", ")}
              <br />
              <a href={`mailto:${p.email}`}>{p.email}</a>
              {p.phone ? (
                <>
                  {" · "}
                  <a href={`tel:${p.phone.replace(/[^+0-9]/g, "")}`}>{p.phone}</a>
                </>
              ) : null}
              {p.postalAddress ? <span className="address">{p.postalAddress}</span> : null}
              {p.status === "active" ? (
                <>
                  <br />
                  <a href={`/people/${p.id}/vcard.vcf`} download>
                    {t("member.addToAddressBook", { name: p.name })}
                  </a>
                </>
              ) : null}
              <br />
              <span className="muted">
                {p.timeZone === viewerTimeZone
                  ? t("member.sameTime")
                  : t("member.localTime", { time: formatLocalTime(locale, now, p.timeZone), zone: p.timeZone })}
              </span>
              {p.canResend || p.canRevoke || p.canDeactivate || p.canResetPasskeys ? (
                <div className="actions">
                  {p.canResend ? <PersonAction personId={p.id} intent="resend" label={t("member.resend")} /> : null}
                  {p.canRevoke ? <PersonAction personId={p.id} intent="revoke" label={t("member.revoke")} /> : null}
                  {p.canResetPasskeys ? (
                    <PersonAction
                      personId={p.id}
                      intent="reset_passkeys"
                      label={t("member.resetPasskeys", { name: p.name })}
                    />
                  ) : null}
                  {p.canDeactivate ? (
                    <PersonAction
                      personId={p.id}
                      intent="deactivate"
                      label={t("member.deactivate", { name: p.name })}
                      danger
                    />
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="actions">
          {canInvite ? (
            <Link to={`/admin/invite?member=${member.slug}`} className="button button-secondary">
              {t("member.invite")}
            </Link>
          ) : null}
          {canHandOver ? (
            <Link to={`/members/${member.slug}/handover`} className="button button-secondary">
              {t("member.handOver")}
            </Link>
          ) : null}
          {canSeeActs ? (
            <Link to={`/members/${member.slug}/acts`} className="button button-secondary">
              {t("acts.link")}
            </Link>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="to-report-heading" className="section-gap">
        <h2 id="to-report-heading">{t("member.toReport")}</h2>
        {toReport.length === 0 ? (
          <p>{t("member.nothingToReport")}</p>
        ) : (
          <ul>
            {toReport.map((benchmark) => (
              <li key={benchmark.id}>
                <Link to={`/work/benchmarks/${benchmark.id}#report`} lang={benchmark.language}>
                  {benchmark.title}
                </Link>{" "}
                <span className="muted">
                  {t("program:benchmarks.deadline", { date: formatCalendarDate(locale, benchmark.deadline) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="contributions-heading" className="section-gap">
        <h2 id="contributions-heading">{t("manual:member.contributions")}</h2>
        {contributions.length === 0 ? <p>{t("manual:member.noContributions")}</p> : null}
        <ul>
          {contributions.map((practice) => (
            <li key={practice.id}>
              <Link to={`/manual/best-practices/${practice.id}`} lang={practice.language}>
                {practice.title}
              </Link>
              {practice.status !== "published" ? (
                <span className="muted"> · {t(`manual:status.${practice.status}`)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <TableSection
        id="history"
        title={t("member.history")}
        headers={[t("member.historyName"), t("member.historyFrom"), t("member.historyUntil")]}
        empty={t("member.noHistory")}
        isEmpty={history.length === 0}
      >
        {history.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{row.from ? formatDate(locale, row.from, viewerTimeZone) : ""}</td>
            <td>{row.until ? formatDate(locale, row.until, viewerTimeZone) : t("member.current")}</td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
