// What an owner's page shows of the library: its files, with what the viewer may do to each, and
// whether they may attach one. The page has already decided that the viewer reads the owner.
import type { Viewer } from "~/auth/viewer";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { megabytes, ownerParam, type OwnerRef } from "./owners";
import { can, type LibraryOwner } from "./policy";
import { filesOf } from "./queries.server";

export async function libraryPanel(db: DB, viewer: Viewer, ref: OwnerRef, owner: LibraryOwner) {
  const files = await filesOf(db, ref);
  return {
    owner: ownerParam(ref),
    files: files.map((file) => ({ ...file, canDelete: can(viewer, "delete", { owner, uploadedBy: file.uploadedBy }) })),
    canAttach: can(viewer, "attach", owner),
    maxMegabytes: megabytes(getConfig().LIBRARY_MAX_BYTES),
  };
}
export type LibraryPanelData = Awaited<ReturnType<typeof libraryPanel>>;
