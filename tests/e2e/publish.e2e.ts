// Publishing (docs/decisions/011-published-database-files.md): imports killed at random moments
// never take the site down, replicas serving copies of one file answer alike, /api/health says what
// is served, and SIGTERM lets running requests finish. Each test starts its own servers on copies of
// the e2e database, so the shared server is not disturbed.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/db/connection";
import { randomSource } from "../../scripts/gen-records";
import { ONE_PROCESS, startProductionServer, type ProductionServer } from "../support/production-server";

const workDir = path.resolve("tmp/e2e-publish");
const source = process.env.E2E_DATABASE_FILE as string;
const READ_URLS = ["/salaries", "/api/bands?country=US", "/api/percentiles?country=US"];

function scratch(name: string): string {
  const dir = path.join(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function copyOf(dir: string, name: string): string {
  const file = path.join(dir, name);
  copyFileSync(source, file);
  return file;
}

/** A generated survey file (scripts/gen-records.ts): same seed, same file. */
function generated(dir: string, rows: number, seed: number): string {
  const file = path.join(dir, `generated-${seed}-2026-01-01.csv`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/gen-records.ts", String(rows), "--out", file, "--seed", String(seed)], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return file;
}

interface ImportRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
}

/** npm run import on `databaseFile`, killed with SIGKILL after `killAfterMs` when given. */
function runImport(databaseFile: string, csv: string, killAfterMs?: number): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-records.ts", csv], {
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, ms: performance.now() - started });
    });
  });
}

/** Keeps `connections` clients requesting READ_URLS in turn until stopped; records every status and time. */
function readers(baseUrl: string, connections: number) {
  const results: { url: string; status: number; ms: number }[] = [];
  let running = true;
  const loops = Array.from({ length: connections }, async (_, c) => {
    for (let i = c; running; i += 1) {
      const url = READ_URLS[i % READ_URLS.length] as string;
      const started = performance.now();
      let status = 0;
      try {
        const response = await fetch(baseUrl + url, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      results.push({ url, status, ms: performance.now() - started });
    }
  });
  return {
    results,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

function salaryRecords(databaseFile: string): number {
  const sqlite = openSqlite(databaseFile, { readonly: true });
  try {
    return sqlite.prepare("SELECT COUNT(*) FROM SalaryRecord").pluck().get() as number;
  } finally {
    sqlite.close();
  }
}

async function get(server: ProductionServer, url: string): Promise<{ status: number; etag: string | null; body: string }> {
  const response = await fetch(server.baseUrl + url);
  return { status: response.status, etag: response.headers.get("etag"), body: await response.text() };
}

/** The second request of a URL is served from the response cache, with its ETag. */
async function cached(server: ProductionServer, url: string) {
  await get(server, url);
  return get(server, url);
}

/**
 * Issue 13: no answer may take over 1 s. A swap costs the server a few milliseconds (the survey
 * index is stored in the published file, RecordsIndex); the slowest answers measured are renders
 * of /salaries for the new version: 441 ms with other builds sharing the two cores (load 7.7).
 */
const SLOWEST_ANSWER_MS = 1_000;

describe("an import killed with SIGKILL at 20 random moments while clients read", () => {
  it("leaves every answer a 2xx within the latency bound, leaves nothing to clean by hand, and the last run counts what a clean import counts", { timeout: 170_000 }, async () => {
    const dir = scratch("kill");
    const live = copyOf(dir, "live.db");
    const clean = copyOf(dir, "clean.db");
    const csv = generated(dir, 20_000, 7);
    const reference = await runImport(clean, csv);
    expect(reference.code, reference.output).toBe(0);
    const span = reference.ms;

    const server = await startProductionServer(live);
    // A new server's first render of each route is slow (code loading, the records index): that is start-up, not the import.
    for (const url of READ_URLS) for (let i = 0; i < 3; i += 1) await (await fetch(server.baseUrl + url)).arrayBuffer();
    const load = readers(server.baseUrl, 3);
    // Seeded, so a failing run can be repeated.
    const random = randomSource(2026);
    const kills: { at: number; outcome: string }[] = [];
    const removedStale: string[] = [];
    try {
      for (let k = 0; k < 20; k += 1) {
        // Anywhere from the start of the process (parse) to past the time a clean run takes (swap).
        const at = Math.round(random() * span * 0.95);
        const run = await runImport(live, csv, at);
        kills.push({ at, outcome: run.signal ?? `exit ${run.code}` });
        removedStale.push(...run.output.split("\n").filter((line) => line.startsWith("Removed ")));
      }
      const last = await runImport(live, csv);
      expect(last.code, last.output).toBe(0);
      removedStale.push(...last.output.split("\n").filter((line) => line.startsWith("Removed ")));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await load.stop();
      await server.stop();
    }

    const failed = load.results.filter((r) => r.status < 200 || r.status > 299);
    const slowest = Math.max(...load.results.map((r) => r.ms));
    console.log(
      `kill test: ${kills.length} kills at ${kills.map((k) => `${k.at} ms (${k.outcome})`).join(", ")} of a ${Math.round(span)} ms import; ` +
        `${load.results.length} requests, ${failed.length} non-2xx, slowest ${Math.round(slowest)} ms; ${removedStale.length} stale files reported removed`,
    );
    const slow = [...load.results].sort((x, y) => y.ms - x.ms).slice(0, 5);
    console.log(`slowest: ${slow.map((r) => `${r.url} ${Math.round(r.ms)} ms`).join(", ")}`);
    // A kill meant for the last moments may come after a run under load has finished: that run published.
    expect(kills.filter((k) => k.outcome === "SIGKILL").length).toBeGreaterThanOrEqual(12);
    expect(load.results.length).toBeGreaterThan(100);
    expect(failed).toEqual([]);
    expect(slowest).toBeLessThan(SLOWEST_ANSWER_MS);
    expect(salaryRecords(live)).toBe(salaryRecords(clean));
    expect(readdirSync(dir).filter((name) => name.startsWith("live.db") && name !== "live.db")).toEqual([]);
    expect(removedStale.length).toBeGreaterThan(0);
  });
});

describe("replicas from one published file", () => {
  it("answer the same URL with the same body and ETag; a new version reaches one replica only until it gets the file", { timeout: 120_000 }, async () => {
    const dir = scratch("replicas");
    const fileA = copyOf(dir, "a.db");
    const fileB = copyOf(dir, "b.db");
    // One process each: `cached` asks twice, and each process keeps a URL from its own second request (ADR 017).
    const [a, b] = await Promise.all([startProductionServer(fileA, ONE_PROCESS), startProductionServer(fileB, ONE_PROCESS)]);
    try {
      const urls = ["/api/bands?country=US", "/api/percentiles?country=US", "/api/bands.csv?level=senior"];
      for (const url of urls) {
        const [fromA, fromB] = [await cached(a, url), await cached(b, url)];
        expect(fromA.status).toBe(200);
        expect(fromA.etag).toMatch(/^W\/"/);
        expect({ url, body: fromB.body, etag: fromB.etag }).toEqual({ url, body: fromA.body, etag: fromA.etag });
      }
      const versionOf = async (server: ProductionServer) => ((await get(server, "/api/health")).body.match(/"dataVersion":"(\w+)"/) ?? [])[1];
      expect(await versionOf(a)).toBe(await versionOf(b));

      // A new version, published to A only.
      const before = await cached(a, "/api/percentiles?country=US");
      const run = await runImport(fileA, generated(dir, 2_000, 11));
      expect(run.code, run.output).toBe(0);
      const newOnA = await cached(a, "/api/percentiles?country=US");
      const stillOnB = await cached(b, "/api/percentiles?country=US");
      expect(newOnA.body).not.toBe(before.body);
      expect(stillOnB.body).toBe(before.body);
      expect(await versionOf(a)).not.toBe(await versionOf(b));

      // Roll out: copy the file beside B's, rename it over.
      copyFileSync(fileA, `${fileB}.incoming`);
      renameSync(`${fileB}.incoming`, fileB);
      const rolledOut = await cached(b, "/api/percentiles?country=US");
      expect({ body: rolledOut.body, etag: rolledOut.etag }).toEqual({ body: newOnA.body, etag: newOnA.etag });
      expect(await versionOf(b)).toBe(await versionOf(a));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the data version, counts and uptime, and 503 with a reason for a missing, corrupt or older file", { timeout: 90_000 }, async () => {
    const dir = scratch("health");
    const live = copyOf(dir, "live.db");
    const server = await startProductionServer(live);
    const health = async () => {
      const response = await fetch(`${server.baseUrl}/api/health`);
      return { status: response.status, json: (await response.json()) as Record<string, unknown>, cacheControl: response.headers.get("cache-control") };
    };
    try {
      const ok = await health();
      expect(ok.status).toBe(200);
      expect(ok.cacheControl).toBe("no-store");
      expect(ok.json).toMatchObject({ status: "ok", dataVersion: expect.stringMatching(/^[0-9a-f]{64}$/), schemaVersion: expect.any(String) });
      expect(ok.json.counts).toMatchObject({ bands: 67, salaryRecords: expect.any(Number) });
      expect(ok.json.uptimeSeconds).toEqual(expect.any(Number));

      const older = path.join(dir, "older.db");
      copyFileSync(live, older);
      const sqlite = openSqlite(older);
      sqlite.exec("DROP TABLE DataPublication; DELETE FROM _prisma_migrations WHERE migration_name LIKE '%data_publication';");
      sqlite.close();
      const garbage = path.join(dir, "garbage.db");
      writeFileSync(garbage, "not a database\n".repeat(500));
      const cases: [string, () => void, RegExp][] = [
        ["missing", () => renameSync(live, `${live}.away`), /No database at/],
        ["corrupt", () => renameSync(garbage, live), /is not a usable SQLite database \(file is not a database\)/],
        ["older schema", () => renameSync(older, live), /older schema/],
      ];
      for (const [name, arrange, reason] of cases) {
        arrange();
        const answer = await health();
        expect({ name, status: answer.status, status_: answer.json.status }).toEqual({ name, status: 503, status_: "unavailable" });
        expect(answer.json.reason).toMatch(reason);
      }
    } finally {
      await server.stop();
    }
  });
});

describe("SIGTERM", () => {
  it("lets a running request finish, then exits 0 within the 10 s bound", { timeout: 60_000 }, async () => {
    const dir = scratch("sigterm");
    const server = await startProductionServer(copyOf(dir, "live.db"));
    // An OG image never asked for before is drawn for this request: some hundreds of milliseconds.
    const running = fetch(`${server.baseUrl}/api/og/salaries?country=GB&level=senior`).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength }));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const started = performance.now();
    const exit = server.stop();
    const answer = await running;
    const code = await exit;
    expect(answer.status).toBe(200);
    expect(answer.bytes).toBeGreaterThan(1000);
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(10_500);
    await expect(fetch(`${server.baseUrl}/api/health`)).rejects.toThrow();
  });
});
