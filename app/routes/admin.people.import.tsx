// The turnover import: upload a CSV of new focal points and alternates, see every line's errors or a
// preview, then import every row at once (the secretariat's).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { can } from "~/members/policy";
import { TurnoverErrors, TurnoverPreview } from "~/members/turnover-views";
import { checkTurnover, importTurnover, TURNOVER_MAX_BYTES, TURNOVER_MAX_ROWS } from "~/members/turnover.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:turnover.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "invite", null));
  return null;
}

const refused = (error: string, status = 400) =>
  Response.json({ errors: [{ line: 0, errors: [error] }], rows: null, csv: "" }, { status });

/** The uploaded file's text (multipart), or the checked text sent back with "Import" (a plain form). */
async function readUpload(request: Request): Promise<{ intent: string; csv: string } | "tooBig" | "noFile"> {
  try {
    const form = request.headers.get("content-type")?.startsWith("multipart/form-data")
      ? await unstable_parseMultipartFormData(
          request,
          unstable_createMemoryUploadHandler({ maxPartSize: TURNOVER_MAX_BYTES }),
        )
      : await request.formData();
    const file = form.get("file");
    const csv = typeof file === "object" && file ? await file.text() : String(form.get("csv") ?? "");
    if (csv.length > TURNOVER_MAX_BYTES) return "tooBig";
    return csv.trim() === "" ? "noFile" : { intent: String(form.get("intent") ?? "check"), csv };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return "tooBig";
    throw error;
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "invite", null));
  const upload = await readUpload(request);
  if (typeof upload === "string") return refused(upload);
  if (upload.intent === "import") {
    const outcome = await importTurnover(getDb(), viewer, upload.csv);
    if (!outcome.ok) return Response.json({ errors: outcome.errors, rows: null, csv: "" }, { status: 400 });
    throw redirect(`/onboarding?notice=imported&count=${outcome.count}`);
  }
  const checked = await checkTurnover(getDb(), upload.csv, viewer.locale);
  if (checked.errors.length) return Response.json({ errors: checked.errors, rows: null, csv: "" }, { status: 400 });
  return { errors: [], rows: checked.rows, csv: upload.csv };
}

export default function TurnoverImport() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <>
      <PageTitle>{t("turnover.title")}</PageTitle>
      <p className="lead">{t("turnover.intro", { rows: TURNOVER_MAX_ROWS, kb: TURNOVER_MAX_BYTES / 1000 })}</p>
      <p>
        <a href="/admin/people/import-template.csv" download>
          {t("turnover.template")}
        </a>
      </p>
      {result?.errors.length ? <TurnoverErrors errors={result.errors} /> : null}
      {result?.rows ? (
        <TurnoverPreview rows={result.rows} csv={result.csv} />
      ) : (
        <Form method="post" encType="multipart/form-data" className="stack">
          <input type="hidden" name="intent" value="check" />
          <div className="field">
            <label htmlFor="file">{t("turnover.file")}</label>
            <p className="hint" id="file-hint">
              {t("turnover.fileHint")}
            </p>
            <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint" required />
          </div>
          <p>
            <button type="submit">{t("turnover.check")}</button>
          </p>
        </Form>
      )}
    </>
  );
}
