// How statement routes answer a form: invalid fields come back with their messages and what was
// typed (400); a refusal of the workflow or a text that moved on meanwhile comes back as 409 with an
// explanation. 403 and 404 are thrown by the commands themselves (ensure/ensureVisible), as Remix expects.
import { data } from "@remix-run/node";
import type { z } from "zod";
import type { DB } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import type { ParagraphDiff } from "./diff";
import { StaleVersion, StatementRefused } from "./refusals";
import { changesSince } from "./versions.server";

export interface ActionRefusal {
  refusal?: string;
  conflict?: { basedOn: number; current: number; changes: ParagraphDiff[] };
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
