// How statement routes answer a form: invalid fields come back with their messages and what was
// typed (400); a refusal of the workflow or a text that moved on meanwhile comes back as 409 with an
// explanation. 403 and 404 are thrown by the commands themselves (ensure/ensureVisible), as Remix expects.
import { data, type AppLoadContext } from "@remix-run/node";
import type { Viewer } from "~/auth/viewer";
import { confirmAct } from "~/confirmation/confirmation.server";
import type { Act } from "~/confirmation/policy";
import type { z } from "zod";
import type { DB } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { guard } from "./command-steps.server";
import type { WorkflowAction } from "./workflow";
import type { ParagraphDiff } from "./diff";
import { SilenceAtOddHours, StaleVersion, StatementRefused } from "./refusals";
import type { OddHour } from "./silence-hours";
import { changesSince } from "./versions.server";

export interface ActionRefusal {
  refusal?: string;
  conflict?: { basedOn: number; current: number; changes: ParagraphDiff[] };
  /** The members for whom the silence deadline asked for falls at night or on a weekend. */
  oddHours?: { deadline: string; members: OddHour[] };
  errors?: Record<string, string>;
  values?: Record<string, string>;
  intent?: string;
}

/**
 * Parses a statement form and runs its action: a post without an intent is a bad request, invalid
 * fields come back as field messages, and the workflow's refusals become the answers above.
 */
export async function statementAction<S extends z.ZodType, T>(
  db: DB,
  statementId: number,
  schema: S,
  formData: FormData,
  run: (form: z.output<S>) => Promise<T>,
) {
  const parsed = parseForm(schema, formData);
  if (!parsed.success) {
    if (!parsed.values.intent) throw new Response(null, { status: 400 });
    return formFailure({ errors: parsed.errors, values: parsed.values });
  }
  const { values } = parsed;
  try {
    return await run(parsed.data);
  } catch (error) {
    if (error instanceof StatementRefused) {
      return data<ActionRefusal>({ refusal: error.refusal, values, intent: values.intent }, { status: 409 });
    }
    if (error instanceof SilenceAtOddHours) {
      return data<ActionRefusal>(
        { oddHours: { deadline: error.deadline.toISOString(), members: error.members }, values, intent: values.intent },
        { status: 409 },
      );
    }
    if (error instanceof StaleVersion) {
      const { current, changes } = await changesSince(db, statementId, error.basedOn);
      return data<ActionRefusal>(
        { conflict: { basedOn: error.basedOn, current, changes }, values, intent: values.intent },
        { status: 409 },
      );
    }
    throw error;
  }
}

/** A form refused for one field the command found wrong (not its shape): the message there, all typed kept. */
export function fieldRefusal(formData: FormData, field: string, message: string) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = value;
  return formFailure({ errors: { [field]: message }, values });
}

/** The statement forms (by intent) that ask for confirmation, and the workflow rule checked before asking. */
export const CONFIRMED: Partial<Record<string, { act: Act; rule: WorkflowAction }>> = {
  publish: { act: "publish_statement", rule: "publish" },
  sign: { act: "sign_statement", rule: "sign" },
  withdraw: { act: "withdraw_signature", rule: "sign" },
  break_silence: { act: "break_silence", rule: "break_silence" },
  remove_member: { act: "remove_drafting_member", rule: "manage_group" },
  accept: { act: "accept_amendment", rule: "decide" },
  reject: { act: "reject_amendment", rule: "decide" },
  compromise: { act: "merge_amendments", rule: "decide" },
};

/** Asks for confirmation (and a step-up) when the intent is one of the acts above; see app/confirmation. */
export async function confirmStatementAct(
  request: Request,
  context: AppLoadContext,
  formData: FormData,
  db: DB,
  statementId: number,
  viewer: Viewer,
  intent: string,
) {
  const confirmed = CONFIRMED[intent];
  if (!confirmed) return;
  await confirmAct(request, context, formData, confirmed.act, () => guard(db, statementId, viewer, confirmed.rule));
}
