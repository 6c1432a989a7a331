// The current version of a draft as Word, with its pending amendments as tracked changes (see
// app/statements/compilation.server.ts): for the drafting group and the secretariat; 404 for anyone else.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { docxResponse } from "~/lib/docx.server";
import { idParam } from "~/lib/params";
import { compilationDocx, loadCompilation } from "~/statements/compilation.server";
import { exportFileName } from "~/statements/export.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const compilation = await loadCompilation(getDb(), idParam(params.id), viewer);
  return docxResponse(await compilationDocx(compilation), exportFileName(compilation.exported, "compilation.docx"));
}
