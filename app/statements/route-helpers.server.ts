// How statement routes answer when the statement module refuses: 404 for what the person may not
// see, 403 for what they may not do, 409 with an explanation for what the workflow or a newer
// version of the text does not allow now.
import { data } from "@remix-run/node";
import type { z } from "zod";
import type { DB } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import type { ParagraphDiff } from "./diff";
import { StaleVersion, StatementNotFound, StatementRefused, changesSince } from "./statements.server";

export interface ActionRefusal {
  refusal?: string;
  conflict?: { basedOn: number; current: number; changes: ParagraphDiff[] };
  errors?: Record<string, string>;
  values?: Record<string, string>;
  intent?: string;
}

export function notFound(): Response {
  return new Response(null, { status: 404, statusText: "Not Found" });
}

/**
 * Parses a statement form and runs its action: a post without an intent is a bad request, invalid
 * fields come back as field messages, and the module's refusals become the answers above.
 */
export async function statementAction<S extends z.ZodType, T>(
  db: DB,
  statementId: number,
  schema: S,
  formData: FormData,
  run: (form: z.output<S>, values: Record<string, string>) => Promise<T>,
) {
  const parsed = parseForm(schema, formData);
  if (!parsed.success) {
    if (!parsed.values.intent) throw new Response(null, { status: 400 });
    return formFailure({ errors: parsed.errors, values: parsed.values });
  }
  const { values } = parsed;
  try {
    return await run(parsed.data, values);
  } catch (error) {
    if (error instanceof StatementNotFound) throw notFound();
    if (error instanceof StatementRefused) {
      if (error.refusal === "not_permitted") throw new Response(null, { status: 403, statusText: "Forbidden" });
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

/** Loads for a page; a statement the person may not see is a 404 like one that does not exist. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof StatementNotFound) throw notFound();
    throw error;
  }
}
