import "server-only";
import { db } from "@/lib/db/connection";

/**
 * The published file's data version: its content fingerprint (the same in every copy of the file,
 * so every replica serving it says the same), schema version and when it was published. Null for a
 * file built before publishing existed. See docs/decisions/011-published-database-files.md.
 */
export function loadDataPublication(): Promise<{ fingerprint: string; schemaVersion: string; publishedAt: Date } | null> {
  return db().dataPublication.findUnique({ where: { id: 1 }, select: { fingerprint: true, schemaVersion: true, publishedAt: true } });
}
