// Changing the library: attaching a file to its owner and deleting one. Each is one transaction with
// its audit entry; the owner's own rule decides who may (./policy.ts).
import { createHash } from "node:crypto";
import type { LibraryLanguage } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, ensureVisible, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { enqueue } from "~/lib/jobs.server";
import { checkContent } from "./content-type.server";
import type { OwnerRef } from "./owners";
import { can } from "./policy";
import { libraryFile, ownerOf } from "./queries.server";
import { DELETE_OBJECT_TASK, keepInDatabase, libraryStorage, putObject } from "./storage.server";

export interface NewLibraryFile {
  owner: OwnerRef;
  title: string;
  language: LibraryLanguage;
  description: string;
  filename: string;
  bytes: Uint8Array;
}

/** Why a file was refused, for the message next to the file field. */
export type FileRefusal = "unknown" | "mismatch" | "empty";

/** Attaches a file to its owner; the refusal when its bytes are not a kind the library takes. */
export async function addLibraryFile(
  db: DB,
  viewer: Viewer,
  input: NewLibraryFile,
): Promise<{ id: number; href: string } | { refused: FileRefusal }> {
  const owner = found(await ownerOf(db, input.owner, viewer.locale));
  ensureVisible(can(viewer, "read", { owner: owner.facts, uploadedBy: null }));
  ensure(can(viewer, "attach", owner.facts));
  if (input.bytes.byteLength === 0) return { refused: "empty" };
  const checked = checkContent(input.bytes, input.filename);
  if (!checked.ok) return { refused: checked.reason };
  const storage = libraryStorage();
  const key = await putObject(storage, input.bytes, checked.contentType);
  const id = await db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto("library_files")
      .values({
        owner_kind: input.owner.kind,
        owner_id: input.owner.id,
        title: input.title,
        description: input.description,
        language: input.language,
        filename: input.filename,
        content_type: checked.contentType,
        size: input.bytes.byteLength,
        sha256: createHash("sha256").update(input.bytes).digest("hex"),
        storage: storage.kind,
        storage_key: key,
        uploaded_by: viewer.id,
        uploaded_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await keepInDatabase(trx, added.id, input.bytes, key);
    await recordAudit(trx, {
      action: "library_file_added",
      actor: viewer,
      memberId: viewer.memberId,
      subject: { kind: "library_file", id: added.id },
      details: { title: input.title, filename: input.filename, owner: `${input.owner.kind}:${input.owner.id}` },
    });
    return added.id;
  });
  return { id, href: owner.href };
}

/** Deletes a file (its uploader or the secretariat); returns its owner's page. */
export async function deleteLibraryFile(db: DB, viewer: Viewer, id: number): Promise<string> {
  const file = found(await libraryFile(db, id));
  const owner = found(await ownerOf(db, { kind: file.owner_kind, id: file.owner_id }, viewer.locale));
  const facts = { owner: owner.facts, uploadedBy: file.uploaded_by };
  ensureVisible(can(viewer, "read", facts));
  ensure(can(viewer, "delete", facts));
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("library_files").where("id", "=", id).execute();
    // The object store is no part of the transaction: its object goes by a job queued with the deletion.
    if (file.storage_key) await enqueue(trx, DELETE_OBJECT_TASK, { key: file.storage_key });
    await recordAudit(trx, {
      action: "library_file_deleted",
      actor: viewer,
      memberId: viewer.memberId,
      subject: { kind: "library_file", id },
      details: { title: file.title, filename: file.filename, owner: `${file.owner_kind}:${file.owner_id}` },
    });
  });
  return owner.href;
}
