// Attaching a file to a manual section, a best practice, an activity, a benchmark report, a
// situation group or an annual meeting. Owner pages post their upload form here; this page shows the
// form on its own (and again with its messages when a file is refused).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, ensureVisible, found, notFound } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import type { Viewer } from "~/auth/viewer";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { addLibraryFile } from "~/library/commands.server";
import { ownerQuery, uploadForm } from "~/library/forms.server";
import { megabytes, ownerParam, type OwnerRef } from "~/library/owners";
import { can } from "~/library/policy";
import { ownerOf } from "~/library/queries.server";
import { readUpload } from "~/library/upload.server";
import { UploadForm } from "~/library/library-files";
import { getConfig } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { messageWithLimit } from "~/lib/field-message";
import { formFailure, parseForm } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "library", title: (t) => t("library:attach") };

/** The owner the viewer may attach to: 404 if they may not know of it, 403 if they may not change it. */
async function attachableOwner(viewer: Viewer, ref: OwnerRef) {
  const owner = found(await ownerOf(getDb(), ref, viewer.locale));
  ensureVisible(can(viewer, "read", { owner: owner.facts, uploadedBy: null }));
  ensure(can(viewer, "attach", owner.facts));
  return owner;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const ref = ownerRefOf(request);
  const owner = await attachableOwner(viewer, ref);
  return {
    owner: { param: ownerParam(ref), title: owner.title, href: owner.href },
    maxMegabytes: megabytes(getConfig().LIBRARY_MAX_BYTES),
    locale: viewer.locale,
  };
}

/** The owner named by `?owner=kind:id`, which the upload form's address carries. */
function ownerRefOf(request: Request): OwnerRef {
  const query = ownerQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw notFound();
  return query.data.owner;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const ref = ownerRefOf(request);
  // Whom the file is for is checked before the form is read: nothing about something the person may not change.
  await attachableOwner(viewer, ref);
  const maxBytes = getConfig().LIBRARY_MAX_BYTES;
  const { form, file, tooLarge } = await readUpload(request, maxBytes);
  const parsed = parseForm(uploadForm, form);
  const fileError = tooLarge
    ? messageWithLimit("library:validation.fileTooLarge", megabytes(maxBytes))
    : file
      ? null
      : "library:validation.fileRequired";
  if (!parsed.success || fileError) {
    const errors = parsed.success ? {} : parsed.errors;
    return formFailure({ errors: fileError ? { ...errors, file: fileError } : errors, values: parsed.values });
  }
  const added = await addLibraryFile(getDb(), viewer, { ...parsed.data, ...file!, owner: ref });
  if ("refused" in added) {
    const key = { unknown: "fileUnknown", mismatch: "fileMismatch", empty: "fileEmpty" }[added.refused];
    return formFailure({ errors: { file: `library:validation.${key}` }, values: parsed.values });
  }
  throw redirect(`${added.href}#files`);
}

export default function AttachFile() {
  const { owner, maxMegabytes, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("library");
  return (
    <>
      <p>
        <Link to={owner.href}>{t("back", { title: owner.title })}</Link>
      </p>
      <PageTitle>{t("attachTo", { title: owner.title })}</PageTitle>
      <UploadForm
        owner={owner.param}
        maxMegabytes={maxMegabytes}
        defaultLanguage={locale}
        errors={result?.errors}
        values={result?.values}
      />
    </>
  );
}
