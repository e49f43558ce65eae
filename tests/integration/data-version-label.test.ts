import { describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/db/connection";
import { loadDataPublication } from "@/lib/db/queries/data-publication";
import { loadDataVersionLabel } from "@/lib/db/queries/data-version-label";
import { readEnv } from "@/lib/env";
import { bands, claimData, labels } from "../support/claims-from-data";

const databaseFile = readEnv().databaseFile;

/** Runs one committed statement from another connection, as an import would. */
function commit(sql: string, ...params: unknown[]) {
  const writer = openSqlite(databaseFile);
  try {
    writer.prepare(sql).run(...params);
  } finally {
    writer.close();
  }
}

describe("loadDataVersionLabel", () => {
  it("counts the claims and articles of data/ and names the bundled survey snapshot's date", async () => {
    const label = await loadDataVersionLabel();
    expect(label.version).toMatch(/^[0-9a-f]{8}$/);
    expect(label).toMatchObject({ bands: 67, factors: 8, articles: 4, surveySnapshot: "2025-01-19" });
    // The same figures as data/ itself holds, so a change there shows up here as well as in the footer.
    expect([label.bands, label.factors, label.articles]).toEqual([bands.length, claimData.factors.length, labels.sources.size]);
  });

  it("is computed once per data version", async () => {
    expect(await loadDataVersionLabel()).toBe(await loadDataVersionLabel());
  });

  it("is the published fingerprint, the data version /api/health and every replica of the file report", async () => {
    const publication = await loadDataPublication();
    expect(publication?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await loadDataVersionLabel()).version).toBe(publication?.fingerprint.slice(0, 8));
  });

  it("follows a new publication of the file", async () => {
    const first = await loadDataVersionLabel();
    commit("UPDATE DataPublication SET fingerprint = ?", "ab".repeat(32));
    expect((await loadDataVersionLabel()).version).toBe("abababab");
    expect(first.version).not.toBe("abababab");
  });
});
