import "server-only";
import { dataVersion } from "@/lib/db/data-version";
import { storeHealth } from "@/lib/db/schema/health";
import { readEnv } from "@/lib/env";

/**
 * GET /api/health, for load balancers and deploy scripts: 200 with the data version (the content
 * fingerprint written when the file was published, the same on every replica serving a copy of
 * it), its counts and the process's uptime; 503 with a JSON reason when the store is missing,
 * damaged, of an older schema or not published. Never cached.
 */
export function storeHealthResponse(): Response {
  const { databaseFile } = readEnv();
  const health = storeHealth(databaseFile, dataVersion(databaseFile));
  const uptimeSeconds = Math.round(process.uptime());
  const headers = { "cache-control": "no-store" };
  if (!health.ok) return Response.json({ status: "unavailable", reason: health.reason, uptimeSeconds }, { status: 503, headers });
  const { fingerprint, schemaVersion, publishedAt, ...counts } = health.publication;
  return Response.json({ status: "ok", dataVersion: fingerprint, schemaVersion, publishedAt, counts, uptimeSeconds }, { headers });
}
