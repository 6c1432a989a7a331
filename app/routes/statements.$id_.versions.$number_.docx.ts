import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { docxResponse } from "~/lib/docx.server";
import { idParam } from "~/lib/params";
import { exportFileName, statementDocx } from "~/statements/export.server";
import { languageQuery } from "~/statements/forms.server";
import { exportableVersion } from "~/statements/versions.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const { language } = languageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const exported = await exportableVersion(getDb(), idParam(params.id), idParam(params.number), viewer, language);
  return docxResponse(await statementDocx(exported), exportFileName(exported, "docx"));
}
