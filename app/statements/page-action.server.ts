// The statement's acts, posted from its page or from the page that chooses members for it (the drafting
// group, the co-signatories): each answers with the statement page, or with the form and its messages.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { memberIdsFromSlugs } from "~/members/queries.server";
import {
  addToGroup,
  breakSilence,
  inviteSignatories,
  remindSignatories,
  openForSignature,
  publish,
  removeFromGroup,
  setSignature,
  startSilence,
} from "./commands.server";
import { addParagraph } from "./drafting.server";
import { deadlineIn, statementAction as statementForm } from "./forms.server";
import { confirmStatementAct, statementAction } from "./route-helpers.server";

export async function statementPageAction({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const formData = await request.formData();
  return statementAction(db, id, statementForm(today(viewer.timeZone)), formData, async (form) => {
    await confirmStatementAct(request, context, formData, db, id, viewer, form.intent);
    const done = (notice: string, hash = "") => redirect(`/statements/${id}?notice=${notice}${hash}`);
    switch (form.intent) {
      case "start_silence":
        await startSilence(
          db,
          id,
          deadlineIn(form, viewer.timeZone),
          viewer,
          form.acceptedDeadline === `${form.deadlineDate}T${form.deadlineTime}`,
        );
        return done("silenceStarted");
      case "break_silence":
        await breakSilence(db, id, form.reason, viewer);
        return done("silenceBroken");
      case "open_signature":
        await openForSignature(db, id, viewer);
        return done("signatureOpened");
      case "invite":
        await inviteSignatories(db, id, await memberIdsFromSlugs(db, form.members), viewer);
        return done("invited", "#signatures");
      case "remind":
        await remindSignatories(db, id, viewer);
        return done("reminded", "#signatures");
      case "sign":
      case "withdraw":
        await setSignature(db, id, form.intent === "sign", viewer);
        return done(form.intent === "sign" ? "signed" : "withdrawn", "#signatures");
      case "publish":
        await publish(db, id, form, viewer);
        return done("published");
      case "add_members":
        await addToGroup(db, id, await memberIdsFromSlugs(db, form.members), viewer);
        return done("membersAdded", "#group");
      case "remove_member": {
        const [memberId] = await memberIdsFromSlugs(db, [form.member]);
        await removeFromGroup(db, id, found(memberId), viewer);
        return done("memberRemoved", "#group");
      }
      case "add_paragraph":
        await addParagraph(db, id, form, viewer);
        return done("paragraphAdded", "#text");
    }
  });
}
