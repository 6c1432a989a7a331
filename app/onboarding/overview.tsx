// The secretariat's overview of newly appointed focal points: the filters, the table and the regional
// pairings, each with what may be done about it (find a mentor, end a pairing).
import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REGIONAL_GROUPS } from "../../db/schema";
import { ListLink } from "~/components/list-link";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { formatDate } from "~/lib/format";
import type { newcomersOverview, OverviewFilter, regionalPairings } from "./queries.server";

type Rows = SerializeFrom<Awaited<ReturnType<typeof newcomersOverview>>>["rows"];
type Regional = SerializeFrom<Awaited<ReturnType<typeof regionalPairings>>>;

const STATES = ["all", "invited", "unpaired", "inactive"] as const;
const SORTS = ["appointed", "name", "member"] as const;

/** A one-button form that ends a pairing (a POST to the overview). */
export function EndPairing({ pairingId, who }: { pairingId: number; who: string }) {
  const { t } = useTranslation("members");
  return (
    <Form method="post" action="/onboarding" className="inline-form">
      <input type="hidden" name="intent" value="end" />
      <input type="hidden" name="pairing" value={pairingId} />
      <button type="submit" className="button-secondary button-danger-quiet">
        {t("onboarding.end")} <span className="sr-only">{t("onboarding.forPerson", { name: who })}</span>
      </button>
    </Form>
  );
}

export function OverviewFilters({ filter }: { filter: OverviewFilter }) {
  const { t } = useTranslation(["members", "common"]);
  return (
    <Form method="get" className="filters">
      <div className="field">
        <label htmlFor="state">{t("onboarding.filters.state")}</label>
        <select id="state" name="state" defaultValue={filter.state}>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {t(`onboarding.filters.states.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="group">{t("onboarding.filters.group")}</label>
        <select id="group" name="group" defaultValue={filter.group}>
          <option value="">{t("onboarding.filters.anyGroup")}</option>
          {REGIONAL_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`common:regionalGroups.${group}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort">{t("onboarding.filters.sort")}</label>
        <select id="sort" name="sort" defaultValue={filter.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`onboarding.filters.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-secondary">
        {t("onboarding.filters.apply")}
      </button>
    </Form>
  );
}

/** The words every row of the table may repeat, looked up once for the table rather than once per row. */
const ROW_WORDS = ["alternate", "signedIn", "invited", "unpaired", "findMentor", "active", "inactive"] as const;

export function NewcomerTable({ rows, timeZone }: { rows: Rows; timeZone: string }) {
  const { t } = useTranslation("members");
  const locale = useLocale();
  const columns = ["name", "member", "appointed", "signedIn", "pairing", "active"] as const;
  const words = Object.fromEntries(ROW_WORDS.map((word) => [word, t(`onboarding.${word}`)])) as Record<
    (typeof ROW_WORDS)[number],
    string
  >;
  return (
    <TableSection
      id="newcomers"
      headers={columns.map((column) => t(`onboarding.columns.${column}`))}
      empty={t("onboarding.empty")}
      isEmpty={rows.length === 0}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            {row.name}
            {row.isAlternate ? <span className="muted"> ({words.alternate})</span> : null}
          </th>
          <td>
            <ListLink to={`/members/${row.memberSlug}`}>{row.memberName}</ListLink>
          </td>
          <td>{formatDate(locale, row.appointedAt, timeZone)}</td>
          <td>{row.activatedAt ? words.signedIn : words.invited}</td>
          <td>
            {row.regionalPairing ? <p>{t("pairing.inPairing", { pairing: row.regionalPairing })}</p> : null}
            {row.mentor ? (
              <>
                {t("onboarding.mentor", { name: row.mentor.name })}
                <EndPairing pairingId={row.mentor.pairingId} who={row.name} />
              </>
            ) : (
              <>
                {row.regionalPairing ? null : words.unpaired}{" "}
                <ListLink to={`/onboarding/pair?newcomer=${row.id}`}>
                  {words.findMentor}
                  <span className="sr-only"> {t("onboarding.forPerson", { name: row.name })}</span>
                </ListLink>
              </>
            )}
          </td>
          <td>{row.active ? words.active : words.inactive}</td>
        </tr>
      ))}
    </TableSection>
  );
}

export function RegionalPairings({ pairings }: { pairings: Regional }) {
  const { t } = useTranslation(["members", "common"]);
  return (
    <section aria-labelledby="regional-heading" className="section-gap">
      <h2 id="regional-heading">{t("onboarding.regionalHeading")}</h2>
      <p>
        <Link to="/onboarding/regional">{t("onboarding.regionalNew")}</Link>
      </p>
      {pairings.length === 0 ? (
        <p>{t("onboarding.regionalEmpty")}</p>
      ) : (
        <ul className="feature-list">
          {pairings.map((pairing) => (
            <li key={pairing.id}>
              <h3>{pairing.name}</h3>
              <p className="muted">
                {pairing.regionalGroup ? t(`common:regionalGroups.${pairing.regionalGroup}`) : null}
              </p>
              <p>{pairing.people.map((person) => `${person.name} (${person.memberName ?? ""})`).join(", ")}</p>
              <EndPairing pairingId={pairing.id} who={pairing.name ?? ""} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
