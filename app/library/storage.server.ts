// Where a library file's bytes live: in Postgres by default (library_blobs, so one backup holds the
// portal whole), or in an S3-compatible store when S3_BUCKET, S3_ENDPOINT and its keys are set.
import { randomUUID } from "node:crypto";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { getConfig, type Config } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";

export type Storage = { kind: "database" } | { kind: "s3"; client: S3Client; bucket: string };

let s3: Storage | undefined;

export function libraryStorage(config: Config = getConfig()): Storage {
  const { S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION } = config;
  if (!S3_BUCKET || !S3_ENDPOINT || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return { kind: "database" };
  s3 ??= {
    kind: "s3",
    bucket: S3_BUCKET,
    client: new S3Client({
      endpoint: S3_ENDPOINT,
      region: S3_REGION,
      // Path-style addresses work with every S3-compatible store (MinIO, Ceph, Garage...), not only AWS.
      forcePathStyle: true,
      credentials: { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY },
    }),
  };
  return s3;
}

/**
 * Puts the bytes in the object store before the transaction that records the file (a store is no
 * part of a Postgres transaction): returns the object's key, or null when the bytes go to Postgres.
 */
export async function putObject(storage: Storage, bytes: Uint8Array, contentType: string): Promise<string | null> {
  if (storage.kind === "database") return null;
  const key = `library/${randomUUID()}`;
  await storage.client.send(
    new PutObjectCommand({ Bucket: storage.bucket, Key: key, Body: bytes, ContentType: contentType }),
  );
  return key;
}

/** Inside the transaction that records the file: its bytes, when Postgres keeps them. */
export async function keepInDatabase(
  trx: Transaction<Database>,
  fileId: number,
  bytes: Uint8Array,
  key: string | null,
) {
  if (key === null) await trx.insertInto("library_blobs").values({ file_id: fileId, content: bytes }).execute();
}

/** A file's bytes, wherever they are. */
export async function readBytes(
  db: DB,
  file: { id: number; storage: "database" | "s3"; storage_key: string | null },
): Promise<Uint8Array | null> {
  if (file.storage === "database") {
    const blob = await db
      .selectFrom("library_blobs")
      .select("content")
      .where("file_id", "=", file.id)
      .executeTakeFirst();
    return blob?.content ?? null;
  }
  const storage = libraryStorage();
  if (storage.kind !== "s3" || !file.storage_key) return null;
  const object = await storage.client.send(new GetObjectCommand({ Bucket: storage.bucket, Key: file.storage_key }));
  return object.Body ? await object.Body.transformToByteArray() : null;
}

/** The job that removes a deleted file's object from the store, queued by the deletion's transaction. */
export const DELETE_OBJECT_TASK = "library.delete_object";

export async function deleteObject(key: string): Promise<void> {
  const storage = libraryStorage();
  if (storage.kind !== "s3") return;
  await storage.client.send(new DeleteObjectCommand({ Bucket: storage.bucket, Key: key }));
}
