import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { directoryQuery } from "~/members/forms.server";
import { can } from "~/members/policy";
import { DIRECTORY_GROUPS, DIRECTORY_PAGE_SIZE } from "~/members/directory";
import { listDirectory, listSecretariat } from "~/members/queries.server";
import { ListLink } from "~/components/list-link";

export const handle: RouteHandle = {
  i18n: "members",
  title: (t) => t("members:directory.title"),
  description: (t) => t("common:meta.members"),
  noindex: true,
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const filter = directoryQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const [{ members, total }, secretariat] = await Promise.all([
    listDirectory(db, filter, person.locale),
    listSecretariat(db),
  ]);
  // An address edited past the last page: its members are on the first pages.
  if (members.length === 0 && filter.page > 1) {
    const url = new URL(request.url);
    url.searchParams.delete("page");
    throw redirect(`/members${url.search}`);
  }
  return {
    members,
    total,
    secretariat,
    filter,
    pages: Math.ceil(total / DIRECTORY_PAGE_SIZE),
    canAddMember: can(person, "addMember", null),
  };
}

export default function Directory() {
  const { members, total, secretariat, filter, pages, canAddMember } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["members", "common"]);
  const grouped = DIRECTORY_GROUPS.map((group) => ({
    group,
    members: members.filter((member) => member.group === group),
  })).filter((entry) => entry.members.length > 0);
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (filter.q) params.set("q", filter.q);
    if (filter.group) params.set("group", filter.group);
    if (page > 1) params.set("page", String(page));
    return `/members?${params}`;
  };

  return (
    <>
      <PageTitle>{t("directory.title")}</PageTitle>
      <p>{t("directory.intro")}</p>
      <p className="actions">
        <a href="/members/contacts.csv" download>
          {t("directory.contactsCsv")}
        </a>
        <a href="/members/contacts.vcf" download>
          {t("directory.contactsVCard")}
        </a>
        <Link to="/privacy">{t("privacy.link")}</Link>
      </p>
      {canAddMember ? (
        <p>
          <Link to="/admin/members/new" className="button button-secondary">
            {t("directory.addMember")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filters" role="search" aria-label={t("directory.searchLabel")}>
        <div className="field">
          <label htmlFor="q">{t("directory.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} aria-describedby="q-hint" />
          <p id="q-hint" className="hint">
            {t("directory.searchHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="group">{t("directory.group")}</label>
          <select id="group" name="group" defaultValue={filter.group ?? ""}>
            <option value="">{t("directory.allGroups")}</option>
            {DIRECTORY_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t(`common:regionalGroups.${group}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("directory.apply")}</button>
      </Form>
      <p role="status">{t("directory.count", { count: total })}</p>
      {members.length === 0 ? <p className="notice">{t("directory.empty")}</p> : null}
      {grouped.map(({ group, members: groupMembers }) => (
        <section key={group} className="member-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`common:regionalGroups.${group}`)}</h2>
          <ul className="member-list">
            {groupMembers.map((member) => (
              <li key={member.slug}>
                <ListLink to={`/members/${member.slug}`}>{member.name}</ListLink>
                <span className="who">{member.focalPoints ?? t("directory.noFocalPoint")}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("directory.pages")}>
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t("directory.previous")}</Link> : null}
          <span>{t("directory.page", { page: filter.page, pages })}</span>
          {filter.page < pages ? <Link to={pageLink(filter.page + 1)}>{t("directory.next")}</Link> : null}
        </nav>
      ) : null}
      <section id="secretariat" className="card section-gap" aria-labelledby="secretariat-heading">
        <h2 id="secretariat-heading">{t("directory.secretariat")}</h2>
        <p>{t("directory.secretariatIntro")}</p>
        <ul className="people-list">
          {secretariat.map((person) => (
            <li key={person.id}>
              <strong>{person.name}</strong>
              {person.title ? (
                <>
                  , <span lang={person.locale}>{person.title}</span>
                </>
              ) : null}
              <br />
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
