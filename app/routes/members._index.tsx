import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { DIRECTORY_GROUPS, directoryQuery } from "~/members/forms.server";
import { can } from "~/members/policy";
import { listDirectory } from "~/members/queries.server";
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
  const members = await listDirectory(getDb(), filter);
  return { members, filter, groups: DIRECTORY_GROUPS, canAddMember: can(person, "addMember", null) };
}

export default function Directory() {
  const { members, filter, groups, canAddMember } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["members", "common"]);
  const grouped = groups
    .map((group) => ({
      group,
      members: members.filter((member) => (member.regionalGroup ?? "organisation") === group),
    }))
    .filter((entry) => entry.members.length > 0);

  return (
    <>
      <PageTitle>{t("directory.title")}</PageTitle>
      <p>{t("directory.intro")}</p>
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
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="group">{t("directory.group")}</label>
          <select id="group" name="group" defaultValue={filter.group ?? ""}>
            <option value="">{t("directory.allGroups")}</option>
            {groups.map((group) => (
              <option key={group} value={group}>
                {t(`common:regionalGroups.${group}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("directory.apply")}</button>
      </Form>
      <p role="status">{t("directory.count", { count: members.length })}</p>
      {members.length === 0 ? <p className="notice">{t("directory.empty")}</p> : null}
      {grouped.map(({ group, members: groupMembers }) => (
        <section key={group} className="member-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`common:regionalGroups.${group}`)}</h2>
          <ul className="member-list">
            {groupMembers.map((member) => (
              <li key={member.id}>
                <ListLink to={`/members/${member.slug}`}>{member.name}</ListLink>
                <span className="who">
                  {member.focalPoints.length ? member.focalPoints.join(", ") : t("directory.noFocalPoint")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
