// The group page's data: the group (404 unless the viewer may see it), a page of its updates with
// their discussion rendered from markdown, and what the viewer may do there.
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { renderMarkdownCached } from "~/lib/markdown.server";
import { can } from "./policy";
import { getGroup, listUpdates } from "./queries.server";
import type { ShownUpdate } from "./update-card";
import { libraryPanel } from "~/library/panel.server";

export async function groupPage(db: DB, viewer: Viewer, id: number, page: number) {
  const group = await getGroup(db, id, viewer);
  const { standing, ...shown } = group;
  const may = {
    postUpdate: can(viewer, "post_update", standing),
    invite: can(viewer, "invite", standing),
    decideJoin: can(viewer, "decide_join", standing),
    proposeStatement: can(viewer, "propose_statement", standing),
    requestAgenda: can(viewer, "request_agenda", standing),
    handleAgenda: can(viewer, "handle_agenda", standing),
    leave: can(viewer, "leave", standing),
    removeMember: can(viewer, "remove_member", standing),
  };
  const [{ updates, hasNext }, library] = await Promise.all([
    listUpdates(db, id, page, viewer.locale),
    // The group's files are as confidential as the group: getGroup has refused anyone else.
    libraryPanel(db, viewer, { kind: "situation_group", id }, { kind: "situation_group", group: standing }),
  ]);
  const when = (date: string | Date) => formatDateTime(viewer.locale, date, viewer.timeZone);
  const shownUpdates: ShownUpdate[] = updates.map((update) => ({
    id: update.id,
    occurredOn: update.occurredOn,
    riskLevel: update.riskLevel,
    language: update.language,
    html: renderMarkdownCached(update.body),
    sources: update.sources,
    author: update.author,
    memberName: update.memberName,
    replies: update.replies.map((reply) => ({
      id: reply.id,
      html: renderMarkdownCached(reply.body),
      author: reply.author,
      memberName: reply.memberName,
      when: when(reply.createdAt),
    })),
  }));
  return {
    group: {
      ...shown,
      joinRequests: shown.joinRequests.map((request) => ({ ...request, when: when(request.requestedAt) })),
      agendaRequest: shown.agendaRequest
        ? { ...shown.agendaRequest, when: when(shown.agendaRequest.requestedAt) }
        : null,
    },
    updates: shownUpdates,
    library,
    hasNext,
    page,
    may,
  };
}
