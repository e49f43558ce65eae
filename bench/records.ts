// npm run bench:records [-- --rows <n>]
// The survey records at scale: generates a synthetic file (1,000,000 rows by default), imports
// it with `npm run import` into a fresh database (wall time and the importer's peak RSS), then
// serves that database with the production server and times GET /api/percentiles for a spread
// of filters. Writes bench/records-results.json and bench/records-results.md.
// Targets (2 cores): import < 60 s with peak RSS < 500 MB; every query < 100 ms at p95.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { z } from "zod";
import { openSqlite } from "@/lib/db/connection";
import { percentile } from "@/lib/salary-model";
import { buildIfStale } from "../scripts/build";
import { randomSource, writeSyntheticRecords } from "../scripts/gen-records";
import { freshDatabase, startProductionServer } from "../tests/support/production-server";

const TARGETS = { importSeconds: 60, importPeakMb: 500, queryP95Ms: 100 };
const REPEATS = 50;
const DISTINCT_QUERIES = 300;

/** From the broadest (every observation) to narrow slices, single and repeated values. */
const QUERIES = [
  "",
  "level=senior",
  "country=US",
  "title=Machine%20Learning%20Engineer",
  "title=Machine%20Learning%20Engineer&country=US&level=senior&year=2024",
  "title=Data%20Scientist&country=GB",
  "year=2023&employment=FT&size=M",
  "remote=100&size=L&level=junior&level=mid",
  "title=Research%20Scientist&title=Applied%20Scientist&title=AI%20Engineer&country=US&country=CA",
  "country=DE&level=senior&remote=0",
];

const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" } } });
const rows = z.coerce.number().int().positive().parse(values.rows);
const workDir = path.resolve("tmp/bench-records");
const csvFile = path.join(workDir, `records-${rows}.csv`);
const databaseFile = path.join(workDir, "bench.db");
const megabytes = (kb: number) => Math.round(kb / 1024);

/** The peak resident set size (VmHWM) of a running process from /proc, in kB; null where /proc is missing. */
function peakRssKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Runs npm run import's script as a child, sampling its peak RSS until it exits. */
async function timeImport(): Promise<{ seconds: number; peakRssMb: number | null; summary: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-records.ts", csvFile], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let peak: number | null = null;
  const sampler = setInterval(() => {
    const sample = peakRssKb(child.pid ?? 0);
    if (sample !== null) peak = Math.max(peak ?? 0, sample);
  }, 50);
  let summary = "";
  child.stdout.on("data", (chunk: Buffer) => (summary += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`The import failed (exit ${code}):\n${summary}`);
  return { seconds: (performance.now() - started) / 1000, peakRssMb: peak === null ? null : megabytes(peak), summary };
}

async function timedFetch(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

interface QueryResult {
  query: string;
  n: number;
  /** The first request: computed. */
  firstMs: number;
  /** The repeats: answered from the server's result cache. */
  repeatP50Ms: number;
  repeatP95Ms: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function latencySummary(latencies: number[]) {
  return { p50Ms: round(percentile(latencies, 50)), p95Ms: round(percentile(latencies, 95)), maxMs: round(Math.max(...latencies)) };
}

async function timeNamedQueries(baseUrl: string): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const query of QUERIES) {
    const url = `${baseUrl}/api/percentiles?${query}`;
    const firstMs = await timedFetch(url);
    const repeats: number[] = [];
    for (let i = 0; i < REPEATS; i += 1) repeats.push(await timedFetch(url));
    const { n } = (await (await fetch(url)).json()) as { n: number };
    const { p50Ms, p95Ms } = latencySummary(repeats);
    results.push({ query: query || "(none)", n, firstMs: round(firstMs), repeatP50Ms: p50Ms, repeatP95Ms: p95Ms });
  }
  return results;
}

/** Filters drawn at random (fixed seed) from the values the database holds: each a new query, so none is answered from a cache. */
function randomQueries(count: number): string[] {
  const sqlite = openSqlite(databaseFile, { readonly: true });
  const valuesOf = (column: string) => sqlite.prepare(`SELECT DISTINCT ${column} FROM SalaryRecord`).pluck().all().map(String);
  const choices: [string, string[]][] = [
    ["title", valuesOf("jobTitle")],
    ["level", valuesOf("level")],
    ["country", valuesOf("companyLocation")],
    ["year", valuesOf("workYear")],
    ["employment", valuesOf("employmentType")],
    ["remote", valuesOf("remoteRatio")],
    ["size", valuesOf("companySize")],
  ];
  sqlite.close();
  const random = randomSource(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const queries = new Set<string>();
  while (queries.size < count) {
    const params = new URLSearchParams();
    const filters = 1 + Math.floor(random() * 4);
    for (let f = 0; f < filters; f += 1) {
      const [name, values] = pick(choices);
      params.append(name, pick(values));
    }
    queries.add(params.toString());
  }
  return [...queries];
}

async function timeQueries(baseUrl: string) {
  // The first request after a start or an import loads the records into the server's memory
  // (a query of its own, so that every named query's first request is computed, not cached).
  const coldFirstRequestMs = Math.round(await timedFetch(`${baseUrl}/api/percentiles?remote=50`));
  const named = await timeNamedQueries(baseUrl);
  const distinct: number[] = [];
  for (const query of randomQueries(DISTINCT_QUERIES)) distinct.push(await timedFetch(`${baseUrl}/api/percentiles?${query}`));
  return { coldFirstRequestMs, named, distinct: { count: DISTINCT_QUERIES, ...latencySummary(distinct) } };
}

/** 10 connections cycling through every query for 10 s: throughput and latency under load. */
async function loadTest(baseUrl: string) {
  const result = await autocannon({
    url: baseUrl,
    connections: 10,
    duration: 10,
    requests: QUERIES.map((query) => ({ method: "GET", path: `/api/percentiles?${query}` })),
  });
  return {
    connections: 10,
    seconds: 10,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP90Ms: result.latency.p90,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main() {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  console.log(`Generating ${rows.toLocaleString("en-US")} rows...`);
  await writeSyntheticRecords(csvFile, rows, 1);
  console.log("Setting up a fresh database (migrations, data/, the bundled snapshot)...");
  await freshDatabase(databaseFile);
  console.log("Importing with npm run import...");
  const imported = await timeImport();
  console.log(imported.summary.trim());

  buildIfStale();
  const server = await startProductionServer(databaseFile);
  const { baseUrl } = server;
  try {
    console.log("Timing GET /api/percentiles...");
    const { coldFirstRequestMs, named, distinct } = await timeQueries(baseUrl);
    const serverRssMb = Math.round(server.rssMiB());
    const load = await loadTest(baseUrl);
    const observations = named[0]?.n ?? 0;
    const slowestP95 = Math.max(distinct.p95Ms, ...named.map((q) => q.repeatP95Ms));
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10) },
      rows,
      import: { seconds: Math.round(imported.seconds * 10) / 10, peakRssMb: imported.peakRssMb },
      observationsServed: observations,
      server: { coldFirstRequestMs, rssAfterQueriesMb: serverRssMb },
      distinctQueries: distinct,
      namedQueries: named,
      load,
      targets: {
        ...TARGETS,
        importMet: imported.seconds < TARGETS.importSeconds && (imported.peakRssMb ?? 0) < TARGETS.importPeakMb,
        queriesMet: slowestP95 < TARGETS.queryP95Ms,
      },
    };
    writeFileSync("bench/records-results.json", `${JSON.stringify(results, null, 2)}\n`);
    const table = [
      `Records bench, ${results.date.slice(0, 10)}: ${rows.toLocaleString("en-US")} synthetic rows on ${results.machine.cpus} cores, Node ${results.machine.node}; load average ${results.machine.loadAverage.join(", ")} (other work on the machine included).`,
      "",
      "| measure | value | target |",
      "|---|---|---|",
      `| import of ${rows.toLocaleString("en-US")} rows (\`npm run import\`, wall time) | ${results.import.seconds} s | < ${TARGETS.importSeconds} s |`,
      `| importer's peak RSS | ${results.import.peakRssMb ?? "n/a"} MB | < ${TARGETS.importPeakMb} MB |`,
      `| observations served (synthetic and bundled) | ${observations.toLocaleString("en-US")} | |`,
      `| \`/api/percentiles\`, ${distinct.count} distinct random filters, one request each | p50 ${distinct.p50Ms} ms, p95 ${distinct.p95Ms} ms, max ${distinct.maxMs} ms | p95 < ${TARGETS.queryP95Ms} ms |`,
      `| first request after start (loads the records into memory) | ${coldFirstRequestMs} ms | |`,
      `| server RSS after the queries | ${serverRssMb} MB | |`,
      `| load: ${load.connections} connections for ${load.seconds} s over the queries below | ${load.requestsPerSecond} req/s, p50 ${load.latencyP50Ms} ms, p90 ${load.latencyP90Ms} ms, p99 ${load.latencyP99Ms} ms, ${load.errors} errors | |`,
      "",
      `| query | n | first request ms | ${REPEATS} repeats p50 ms | p95 ms |`,
      "|---|---|---|---|---|",
      ...named.map((q) => `| \`${q.query}\` | ${q.n.toLocaleString("en-US")} | ${q.firstMs} | ${q.repeatP50Ms} | ${q.repeatP95Ms} |`),
      "",
    ].join("\n");
    writeFileSync("bench/records-results.md", table);
    console.log(`\n${table}`);
    if (!results.targets.importMet || !results.targets.queriesMet) console.log("A target was missed: see above.");
  } finally {
    await server.stop();
  }
}

if (!existsSync("package.json")) {
  console.error("Run from the project root: npm run bench:records");
  process.exit(2);
}
await main();
