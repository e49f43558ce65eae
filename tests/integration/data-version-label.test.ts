import { describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/db/connection";
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

  it("comes from the content, not the file: a commit outside the claims keeps it, a changed claim changes it and restoring it brings it back", async () => {
    const first = await loadDataVersionLabel();
    const [band] = bands;
    if (!band) throw new Error("data/ has no bands");

    // When a file was imported is not its content: the file changed, so the label is recomputed, to the same version.
    commit("UPDATE RecordImport SET importedAt = ?", "2030-01-01T00:00:00.000Z");
    const rewritten = await loadDataVersionLabel();
    expect(rewritten).not.toBe(first);
    expect(rewritten.version).toBe(first.version);

    commit("UPDATE Band SET note = ? WHERE id = ?", "changed by the test", band.id);
    const changed = await loadDataVersionLabel();
    expect(changed.version).not.toBe(first.version);

    commit("UPDATE Band SET note = ? WHERE id = ?", band.note, band.id);
    expect((await loadDataVersionLabel()).version).toBe(first.version);
  });

  it("changes when a survey file of other content is recorded as imported", async () => {
    const first = await loadDataVersionLabel();
    commit("UPDATE RecordImport SET fileSha256 = ? WHERE id = (SELECT MAX(id) FROM RecordImport)", "0".repeat(64));
    expect((await loadDataVersionLabel()).version).not.toBe(first.version);
  });
});
