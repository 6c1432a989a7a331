// Proposing amendments from a Word file: a member of the drafting group downloads the current version,
// changes it in Word with Track Changes on, and sends it back here. A plain multipart form (no script
// needed); a file that cannot become amendments comes back with its reason next to the file field and
// nothing written (app/statements/import.server.ts).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, ensureVisible } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import type { Viewer } from "~/auth/viewer";
import { FieldError, FocusFirstError, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { readUpload } from "~/library/upload.server";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { messageWith } from "~/lib/field-message";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { importForm } from "~/statements/forms.server";
import { IMPORT_MAX_BYTES, importAmendments } from "~/statements/import.server";
import { inDraftingGroup, offeredActions, seesDrafting } from "~/statements/policy";
import { loadStatement, standing } from "~/statements/queries.server";
import { StaleVersion, StatementRefused } from "~/statements/refusals";

export const handle: RouteHandle = { i18n: "statements", title: (t) => t("statements:import.title") };

/** Said on the page from the loader: the limit lives in a server module the browser never gets. */
const MAX_MEGABYTES = IMPORT_MAX_BYTES / (1024 * 1024);

/**
 * 404 for whoever does not see the drafting, 403 for the secretariat (it proposes nothing); the
 * group's members see the page at every stage of a draft, with the form while the text is in drafting.
 */
async function importable(viewer: Viewer, id: number) {
  const { statement, role } = await loadStatement(getDb(), id, viewer);
  ensureVisible(seesDrafting(role) && statement.stage !== "published");
  ensure(inDraftingGroup(role));
  return { statement, open: offeredActions(viewer, standing(statement), now()).has("propose") };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const { statement, open } = await importable(viewer, idParam(params.id));
  return {
    open,
    statement: {
      id: statement.id,
      title: statement.title,
      language: statement.language,
      version: statement.current_version,
    },
    memberName: viewer.memberName,
    maxMegabytes: MAX_MEGABYTES,
  };
}

const REFUSALS = {
  not_docx: "notDocx",
  compilation: "compilation",
  no_changes: "noChanges",
  mismatch: "mismatch",
  outside: "outside",
} as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  // Who sends it is checked before the file is read (whether the text takes amendments now, in the command).
  const { statement } = await importable(viewer, id);
  const { form, file, tooLarge } = await readUpload(request, IMPORT_MAX_BYTES);
  const parsed = parseForm(importForm, form);
  const fileError = tooLarge
    ? messageWith("statements:import.errors.tooLarge", { max: MAX_MEGABYTES })
    : file && file.bytes.length
      ? null
      : "statements:import.errors.fileRequired";
  if (!parsed.success || fileError) {
    const errors = parsed.success ? {} : parsed.errors;
    return formFailure({ errors: fileError ? { ...errors, file: fileError } : errors, values: parsed.values });
  }
  const refusedFile = (key: string, values: Record<string, number>) =>
    formFailure(
      { errors: { file: messageWith(`statements:import.errors.${key}`, values) }, values: parsed.values },
      409,
    );
  try {
    const result = await importAmendments(
      getDb(),
      id,
      { bytes: file!.bytes, rationale: parsed.data.rationale },
      viewer,
    );
    if ("refused" in result) {
      const { version, paragraph } = result;
      return refusedFile(REFUSALS[result.refused], paragraph ? { version, paragraph } : { version });
    }
    throw redirect(`/statements/${id}?notice=imported&count=${result.proposed}`);
  } catch (error) {
    // The text changed, or left drafting, while the file was on its way: nothing was written.
    if (error instanceof StaleVersion) return refusedFile("stale", { version: error.current });
    if (error instanceof StatementRefused) return refusedFile("refused", { version: statement.current_version });
    throw error;
  }
}

export default function ImportAmendments() {
  const { statement, memberName, maxMegabytes, open } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("statements");
  const errors = result?.errors;
  const download = `/statements/${statement.id}/versions/${statement.version}/docx`;
  return (
    <>
      <p>
        <Link to={`/statements/${statement.id}`}>{t("import.back")}</Link>
      </p>
      <PageTitle>{t("import.title")}</PageTitle>
      <p lang={statement.language}>
        <strong>{statement.title}</strong>
      </p>
      {open ? null : <p className="notice notice-warning">{t("import.closed")}</p>}
      {/* A file sent as the text left drafting: why nothing was proposed, where the form was. */}
      {!open && errors?.file ? <FieldError error={errors.file} /> : null}
      <ol className="stack">
        <li>
          {t("import.step1", { number: statement.version })}{" "}
          <a href={download} download>
            {t("import.download", { number: statement.version })}
          </a>
        </li>
        <li>{t("import.step2")}</li>
        <li>{t("import.step3", { member: memberName ?? "" })}</li>
      </ol>
      {open ? (
        <Form method="post" encType="multipart/form-data" className="stack" noValidate>
          <FocusFirstError errors={errors} />
          <TextAreaField
            name="rationale"
            label={t("import.rationale")}
            hint={t("import.rationaleHint")}
            defaultValue={result?.values.rationale}
            error={errors?.rationale}
            rows={3}
            maxLength={2000}
            required
          />
          <TextField
            type="file"
            name="file"
            label={t("import.file")}
            hint={t("import.fileHint", { max: maxMegabytes, number: statement.version })}
            error={errors?.file}
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            required
          />
          <p>
            <button type="submit">{t("import.submit")}</button>
          </p>
        </Form>
      ) : null}
    </>
  );
}
