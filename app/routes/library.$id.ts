// A library file: GET downloads it (for those who may read its owner), POST deletes it (its uploader
// or the secretariat) and returns to its owner's page.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { found, notFound } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { deleteLibraryFile } from "~/library/commands.server";
import { downloadHeaders } from "~/library/download.server";
import { can } from "~/library/policy";
import { libraryFile, ownerOf } from "~/library/queries.server";
import { readBytes } from "~/library/storage.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const file = found(await libraryFile(db, idParam(params.id)));
  const owner = await ownerOf(db, { kind: file.owner_kind, id: file.owner_id }, viewer.locale);
  if (!owner || !can(viewer, "read", { owner: owner.facts, uploadedBy: file.uploaded_by })) throw notFound();
  const bytes = found(await readBytes(db, file));
  return new Response(new Uint8Array(bytes), { headers: downloadHeaders(file) });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const href = await deleteLibraryFile(getDb(), viewer, idParam(params.id));
  throw redirect(`${href}#files`);
}
