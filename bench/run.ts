// npm run bench: the production server under load, first-load JavaScript and Lighthouse, against budgets.
// npm run bench:soak: 60 s at 64 connections on a mix of URLs, for errors and resident memory.
//
// npm run bench -- --short: the same at 2 s per URL without Lighthouse, for CI: it fails on any error
// or non-2xx answer and writes its figures to tmp/bench/, leaving the last full run's in bench/.
// npm run bench -- --only trends-never-seen,filings-never-seen: those load rows with the static
// baseline and the dynamic floor, nothing else, into tmp/bench/ (to measure a few views quickly).
//
// Builds if the sources changed, loads a fresh database in tmp/bench, starts `next start` on a spare
// port and loads it with autocannon in this process. The load generator shares the machine's cores
// with the server, so compare ratios within one run; the absolute figures are a record.
// Environment: BENCH_DURATION (seconds per URL, default 10), BENCH_CONNECTIONS (default 32),
// BENCH_LIGHTHOUSE_RUNS (default 3, the median is kept; 0 skips it), BENCH_SOAK_DURATION (default 60).
// Writes bench/results.json (or bench/soak.json) and bench/results.md. Any run exits 1 when a
// request failed or was answered with a non-2xx status.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Request, type Result } from "autocannon";
import { buildIfStale } from "../scripts/build";
import { freshDatabase, startProductionServer, type ProductionServer } from "../tests/support/production-server";
import { measureFirstLoadJs, type PageScripts } from "./first-load-js";
import { runLighthouse, type LighthouseScores } from "./lighthouse";
import { bandPageSpace, chartImageSpace, compareCompaniesSpace, compareSpace, estimateSpace, fetchOfficialViewVocabulary, fetchViewVocabulary, filingsViewSpace, recordsPayViewSpace, trendsViewSpace, viewSpace, type OfficialViewVocabulary, type ViewSpace, type ViewVocabulary } from "./views";
import { renderMarkdown } from "./report";
import type { BenchResults, CapProbe, FloodRun, LoadRow, PairedRun, SoakResults } from "./results";

const { values: args } = parseArgs({
  options: { soak: { type: "boolean", default: false }, short: { type: "boolean", default: false }, only: { type: "string" } },
});
/** Load rows asked for by id (--only), measured with the baselines they are compared with. */
const ONLY = args.only ? new Set([...args.only.split(","), "static", "floor"]) : null;
/** A short or partial run's figures are a smoke test, not a record: they go to tmp/bench, not over the full run's. */
const OUTPUT_DIR = args.short || ONLY ? path.resolve("tmp/bench") : path.resolve("bench");

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of seconds`);
  return value;
};
const DURATION = seconds("BENCH_DURATION", args.short ? 2 : 10);
const CONNECTIONS = seconds("BENCH_CONNECTIONS", 32);
const LIGHTHOUSE_RUNS = seconds("BENCH_LIGHTHOUSE_RUNS", args.short ? 0 : 3);
const SOAK_DURATION = seconds("BENCH_SOAK_DURATION", 60);
const WARM_UP = Math.min(3, DURATION);

const FILTERED = "/salaries?country=GB&country=US&level=senior&currency=EUR&sort=-max";
/** The page Lighthouse scores (issue 12's budget). */
const LIGHTHOUSE_PATH = "/salaries?country=GB&level=senior";
/** The static baseline: app/icon.svg, prerendered by `next build` (○ in its route table) and served from the build output. */
const STATIC_BASELINE = "/icon.svg";

/** The dynamic floor: the cheapest page rendered per request (src/app/floor), the framework's own cost. */
const FLOOR = "/floor";

interface Target {
  id: string;
  label: string;
  path: string;
  /** Each request gets a new URL (a unique unknown parameter), so none is served from the response cache. */
  uniqueUrls?: boolean;
  /** Each request is another valid view never asked for before, from this space (bench/views.ts). */
  neverSeen?: SpaceName;
  /** Sent as the client router sends its navigations: an RSC request. */
  rsc?: boolean;
}

const TARGETS: Target[] = [
  { id: "home", label: "home page", path: "/" },
  { id: "salaries", label: "/salaries, unfiltered (the first 25 of 67 rows)", path: "/salaries" },
  { id: "salaries-filtered", label: "/salaries, 3 filters + EUR + sort", path: FILTERED },
  { id: "salaries-filtered-miss", label: "/salaries, same view, a new URL each request (rendered)", path: FILTERED, uniqueUrls: true },
  { id: "salaries-never-seen", label: "/salaries, a never-seen valid view each request (document)", path: "/salaries", neverSeen: "salaries" },
  { id: "salaries-never-seen-rsc", label: "/salaries, a never-seen valid view each request (client-router RSC)", path: "/salaries", neverSeen: "salaries", rsc: true },
  { id: "chart-salaries-never-seen", label: "/api/chart/salaries, the chart image of a never-seen /salaries view each request", path: "/api/chart/salaries", neverSeen: "chart-salaries" },
  { id: "chart-compare-never-seen", label: "/api/chart/compare, the chart image of a never-seen /compare view each request", path: "/api/chart/compare", neverSeen: "chart-compare" },
  { id: "salaries-never-seen-ppp", label: "/salaries with ppp=1 (international dollars), a never-seen valid view each request", path: "/salaries?ppp=1", neverSeen: "salaries-ppp" },
  { id: "compare-never-seen-ppp", label: "/compare by country with ppp=1, a never-seen valid view each request", path: "/compare?ppp=1", neverSeen: "compare-ppp" },
  { id: "estimate-never-seen-ppp", label: "/estimate with ppp=1, a never-seen valid view each request", path: "/estimate?ppp=1", neverSeen: "estimate-ppp" },
  { id: "trends-never-seen", label: "/trends, a never-seen valid view each request (document)", path: "/trends", neverSeen: "trends" },
  { id: "records-pay-never-seen", label: "/records with your number, a never-seen valid view each request (document)", path: "/records", neverSeen: "records-pay" },
  { id: "filings-never-seen", label: "/filings, a never-seen valid view each request (document)", path: "/filings", neverSeen: "filings" },
  { id: "chart-trends-never-seen", label: "/api/chart/trends, the chart image of a never-seen /trends view each request", path: "/api/chart/trends", neverSeen: "chart-trends" },
  { id: "chart-records-never-seen", label: "/api/chart/records, the percentile chart image of a never-seen /records view each request", path: "/api/chart/records", neverSeen: "chart-records" },
  {
    id: "chart-records-histogram-never-seen",
    label: "/api/chart/records/histogram, the histogram image of a never-seen /records view with your number each request",
    path: "/api/chart/records/histogram",
    neverSeen: "chart-records-histogram",
  },
  { id: "chart-filings-never-seen", label: "/api/chart/filings, the histogram image of a never-seen /filings view each request", path: "/api/chart/filings", neverSeen: "chart-filings" },
  { id: "band-never-seen", label: "/salaries/bands/[id] with the official figures beside, a band page under a new URL each request", path: "/salaries/bands", neverSeen: "band" },
  { id: "compare-never-seen", label: "/compare with the official figures beside, a never-seen valid view each request", path: "/compare", neverSeen: "compare-companies" },
  { id: "sources", label: "/sources (every claim with the survey and official figures beside)", path: "/sources" },
  { id: "sources-miss", label: "/sources, a new URL each request (rendered)", path: "/sources", uniqueUrls: true },
  { id: "api-official-checks-miss", label: "/api/official/checks, a new URL each request (checks kept per data version)", path: "/api/official/checks", uniqueUrls: true },
  { id: "floor", label: "dynamic floor: /floor (layout + one sentence, rendered)", path: FLOOR },
  { id: "api-bands", label: "/api/bands, filtered, EUR", path: "/api/bands?country=US&level=senior&currency=EUR" },
  { id: "estimate", label: "/estimate", path: "/estimate" },
  { id: "static", label: "static baseline: /icon.svg (prerendered)", path: STATIC_BASELINE },
];
/** Rendered on every request with SERVER_CACHE=off: the site as it was before the caches. */
const UNCACHED_TARGETS = ["home", "salaries", "salaries-filtered", "api-bands"];

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The headers of a client-router navigation: what makes Next.js answer with the RSC payload. */
const RSC_HEADERS = { rsc: "1", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" };

const SPACES = {
  salaries: (vocabulary: ViewVocabulary) => viewSpace(vocabulary),
  "salaries-ppp": (vocabulary: ViewVocabulary) => viewSpace(vocabulary, { ppp: true }),
  "chart-salaries": (vocabulary: ViewVocabulary) => chartImageSpace(viewSpace(vocabulary)),
  "chart-compare": (vocabulary: ViewVocabulary) => chartImageSpace(compareSpace(vocabulary)),
  "compare-ppp": compareSpace,
  "estimate-ppp": estimateSpace,
  "compare-companies": compareCompaniesSpace,
} satisfies Record<string, (vocabulary: ViewVocabulary) => ViewSpace>;
const OFFICIAL_SPACES = {
  trends: trendsViewSpace,
  "records-pay": recordsPayViewSpace,
  filings: filingsViewSpace,
  "chart-trends": (vocabulary: OfficialViewVocabulary) => chartImageSpace(trendsViewSpace(vocabulary)),
  "chart-records": (vocabulary: OfficialViewVocabulary) => chartImageSpace(recordsPayViewSpace(vocabulary)),
  "chart-records-histogram": (vocabulary: OfficialViewVocabulary) => chartImageSpace(recordsPayViewSpace(vocabulary), "histogram"),
  "chart-filings": (vocabulary: OfficialViewVocabulary) => chartImageSpace(filingsViewSpace(vocabulary)),
} satisfies Record<string, (vocabulary: OfficialViewVocabulary) => ViewSpace>;
type SpaceName = keyof typeof SPACES | keyof typeof OFFICIAL_SPACES | "band";

let vocabulary: Promise<ViewVocabulary> | undefined;
let officialVocabulary: Promise<OfficialViewVocabulary> | undefined;
const spaces = new Map<SpaceName, ViewSpace>();
async function neverSeenViews(server: Pick<ProductionServer, "baseUrl">, name: SpaceName = "salaries") {
  const known = spaces.get(name);
  if (known) return known;
  let space: ViewSpace;
  if (name === "band") {
    const body = (await (await fetch(`${server.baseUrl}/api/bands`)).json()) as { bands: { id: string }[] };
    space = bandPageSpace(body.bands.map((band) => band.id));
  } else if (name in OFFICIAL_SPACES) {
    officialVocabulary ??= fetchOfficialViewVocabulary(server.baseUrl);
    space = OFFICIAL_SPACES[name as keyof typeof OFFICIAL_SPACES](await officialVocabulary);
  } else {
    const rates = JSON.parse(readFileSync(path.resolve("data/exchange-rates.json"), "utf8")) as { rates: { currency: string }[] };
    vocabulary ??= fetchViewVocabulary(server.baseUrl, rates.rates.map((r) => r.currency));
    space = SPACES[name as keyof typeof SPACES](await vocabulary);
  }
  spaces.set(name, space);
  return space;
}
/**
 * An RSC request carries Next's cache-busting `_rsc` parameter, a hash of the router headers; with
 * none of them (as here) it is empty, and Next answers a request without it with a 307 to `&_rsc`.
 */
const rscPath = (target: Target, url: string) => (target.rsc ? `${url}${url.includes("?") ? "&" : "?"}_rsc` : url);

/** One counter across rows and runs of a process, so no two requests of the bench ask for the same view. */
let viewCounter = 0;

async function load(server: ProductionServer, target: Target, kind: LoadRow["server"], connections: number, duration: number): Promise<LoadRow> {
  const row: LoadRow = { id: target.id, label: target.label, path: target.path, server: kind, present: true };
  const space = target.neverSeen ? await neverSeenViews(server, target.neverSeen) : undefined;
  if (space) row.label = `${target.label}, from ${space.size.toLocaleString("en")} ${space.of}`;
  const headers = target.rsc ? RSC_HEADERS : {};
  const probe = await fetch(server.baseUrl + rscPath(target, space ? space.path(viewCounter++) : target.path), { redirect: "manual", headers });
  await probe.arrayBuffer();
  row.status = probe.status;
  if (probe.status === 404) return { ...row, present: false };
  if (target.rsc && !(probe.headers.get("content-type") ?? "").includes("text/x-component")) throw new Error(`${target.id}: an RSC request was answered with ${probe.headers.get("content-type")}`);
  let n = 0;
  const unique = () => `${target.path}${target.path.includes("?") ? "&" : "?"}n=${n++}`;
  const nextPath = () => rscPath(target, space ? space.path(viewCounter++) : target.uniqueUrls ? unique() : target.path);
  const options = {
    url: server.baseUrl,
    connections,
    // As in the soak: a request counts as failed after 30 s, not autocannon's 10 s, so a machine
    // shared with other jobs (CI) shows slow answers in p99 rather than as errors.
    timeout: 30,
    headers,
    requests: [{ setupRequest: (request: Request) => ({ ...request, path: nextPath() }) }],
  };
  await autocannon({ ...options, duration: WARM_UP });
  const result: Result = await autocannon({ ...options, duration });
  return {
    ...row,
    requestsPerSecond: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    kilobytesPerResponse: round(result.throughput.total / Math.max(1, result.requests.total) / 1024),
  };
}

async function paired(server: ProductionServer, rounds: number, secondsEach: number): Promise<PairedRun> {
  const run = async (path: string) => (await autocannon({ url: server.baseUrl + path, connections: CONNECTIONS, duration: secondsEach })).requests.average;
  const filtered: number[] = [];
  const baseline: number[] = [];
  // A B, B A, A B, B A: each goes first as often as second, so a drift in the machine's load cancels out.
  for (let turn = 0; turn < rounds; turn++) {
    const order = turn % 2 === 0 ? [FILTERED, STATIC_BASELINE] : [STATIC_BASELINE, FILTERED];
    for (const path of order) (path === FILTERED ? filtered : baseline).push(await run(path));
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    rounds,
    secondsEach,
    filteredRequestsPerSecond: filtered.map((v) => round(v)),
    staticRequestsPerSecond: baseline.map((v) => round(v)),
    ratio: round(sum(filtered) / sum(baseline), 3),
  };
}

const FLOOD_CONNECTIONS = 64;
const READER_CONNECTIONS = 4;

/**
 * Cached /salaries alone, then beside a flood of OG-image URLs never asked for before (each one
 * drawn, not cached) at 64 connections: the limit on expensive work (src/lib/http/limits.ts) must
 * keep the readers' p99 within twice its unloaded value.
 */
async function expensiveFlood(server: ProductionServer, secondsEach: number): Promise<FloodRun> {
  const reader = () => autocannon({ url: `${server.baseUrl}/salaries`, connections: READER_CONNECTIONS, duration: secondsEach });
  // One image drawn first: the drawing thread's start and its code's first run are the server's
  // warm-up, not the flood's cost.
  await (await fetch(`${server.baseUrl}/api/og/salaries?country=US&warm=1`)).arrayBuffer();
  await reader();
  const unloaded = await reader();
  let n = 0;
  const flood = autocannon({
    url: server.baseUrl,
    connections: FLOOD_CONNECTIONS,
    duration: secondsEach + 1,
    requests: [{ setupRequest: (request: Request) => ({ ...request, path: `/api/og/salaries?country=US&flood=${n++}` }) }],
  });
  // Each answer by its status: a 500 or a timeout is not a refusal, and must not be counted as one.
  const statuses = new Map<number, number>();
  (flood as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const [loaded, flooded] = await Promise.all([reader(), flood]);
  const count = (status: number) => statuses.get(status) ?? 0;
  return {
    floodConnections: FLOOD_CONNECTIONS,
    readerConnections: READER_CONNECTIONS,
    secondsEach,
    unloadedP99Ms: unloaded.latency.p99,
    loadedP99Ms: loaded.latency.p99,
    readerRequests: loaded.requests.total,
    readerNon2xx: loaded.non2xx + loaded.errors + loaded.timeouts,
    floodRequests: flooded.requests.total,
    flood2xx: count(200),
    flood503: count(503),
    floodOther: flooded.requests.total - count(200) - count(503) + flooded.errors + flooded.timeouts,
  };
}

/** Oversized queries, each refused before any route parses it. */
async function capProbes(server: ProductionServer): Promise<CapProbe[]> {
  const probes: [string, string][] = [
    ["query of 5,000 characters", `/api/bands?title=${"a".repeat(5000)}`],
    ["101 parameters", `/salaries?${Array.from({ length: 101 }, (_, i) => `p${i}=1`).join("&")}`],
    ["one key 65 times", `/api/percentiles?${Array<string>(65).fill("country=US").join("&")}`],
  ];
  const results: CapProbe[] = [];
  for (const [name, url] of probes) {
    const response = await fetch(server.baseUrl + url);
    await response.arrayBuffer();
    results.push({ name, status: response.status });
  }
  return results;
}

const benchDatabase = (name: string) => freshDatabase(path.resolve("tmp/bench", `${name}.db`));

/** Rows where a request failed or was answered with a non-2xx status. */
const failedRows = (rows: LoadRow[]) => rows.filter((r) => r.present && ((r.errors ?? 0) > 0 || (r.non2xx ?? 0) > 0));

function budgets(rows: LoadRow[], pairs: PairedRun | null, lighthouse: LighthouseScores | null, lighthouseFloor: LighthouseScores | null, firstLoadJs: PageScripts[], flood: FloodRun | null, caps: CapProbe[]): BenchResults["budgets"] {
  const find = (id: string) => rows.find((r) => r.id === id && r.server === "cached");
  const filtered = find("salaries-filtered");
  const staticRow = find("static");
  const floorRow = find("floor");
  const list: BenchResults["budgets"] = [];
  for (const id of TARGETS.filter((t) => t.neverSeen).map((t) => t.id)) {
    const row = find(id);
    if (!row?.requestsPerSecond || !staticRow?.requestsPerSecond) continue;
    const share = row.requestsPerSecond / staticRow.requestsPerSecond;
    const ofFloor = floorRow?.requestsPerSecond ? `; ${Math.round((row.requestsPerSecond / floorRow.requestsPerSecond) * 100)}% of the dynamic floor` : "";
    list.push({ name: `${row.label}: throughput vs static`, target: "≥ 10%", actual: `${(share * 100).toFixed(1)}%${ofFloor}`, met: share >= 0.1 });
    list.push({ name: `${row.label}: p99 at ${CONNECTIONS} connections`, target: "≤ 300 ms", actual: `${row.p99Ms} ms`, met: (row.p99Ms ?? Infinity) <= 300 });
  }
  if (pairs) {
    list.push({
      name: `filtered /salaries throughput vs static baseline (in turns, ${pairs.rounds} × ${pairs.secondsEach} s each)`,
      target: "≥ 80%",
      actual: `${Math.round(pairs.ratio * 100)}%`,
      met: pairs.ratio >= 0.8,
    });
  }
  if (filtered?.p99Ms !== undefined) {
    list.push({ name: `filtered /salaries p99 at ${CONNECTIONS} connections`, target: "< 100 ms", actual: `${filtered.p99Ms} ms`, met: filtered.p99Ms < 100 });
  }
  const failing = failedRows(rows);
  list.push({
    name: "errors and non-2xx answers under load",
    target: "0",
    actual: failing.length === 0 ? "0" : failing.map((r) => `${r.id} (${r.server}): ${r.errors} errors, ${r.non2xx} non-2xx`).join("; "),
    met: failing.length === 0,
  });
  const unfiltered = find("salaries");
  if (unfiltered?.kilobytesPerResponse !== undefined) {
    list.push({ name: "unfiltered /salaries response size", target: "≤ 100 KB", actual: `${unfiltered.kilobytesPerResponse} KB`, met: unfiltered.kilobytesPerResponse <= 100 });
  }
  const salariesJs = firstLoadJs.find((page) => page.path === "/salaries");
  if (salariesJs) list.push({ name: "first-load JS of /salaries, gzip", target: "≤ 150 KB", actual: `${salariesJs.gzipKb} KB`, met: salariesJs.gzipKb <= 150 });
  const withChartCode = firstLoadJs.filter((page) => page.loadsChart).map((page) => page.path);
  list.push({ name: "pages loading chart code", target: "none", actual: withChartCode.join(", ") || "none", met: withChartCode.length === 0 });
  if (flood) {
    list.push({
      name: `cached /salaries p99 (${flood.readerConnections} connections) beside ${flood.floodConnections} connections of new OG-image URLs, vs alone`,
      target: "≤ 2×",
      actual: `${flood.loadedP99Ms} ms vs ${flood.unloadedP99Ms} ms (${round(flood.loadedP99Ms / Math.max(1, flood.unloadedP99Ms), 2)}×) over ${flood.readerRequests} reader requests; flood: ${flood.flood2xx} drawn, ${flood.flood503} refused with 503, ${flood.floodOther} other answers or errors`,
      // Not met when the readers got no answer during the flood (a p99 of 0), any reader or flood
      // answer was neither an image nor a 503, or no image was drawn at all (refusing everything is no limit).
      met:
        flood.readerRequests > 0 &&
        flood.loadedP99Ms <= 2 * Math.max(1, flood.unloadedP99Ms) &&
        flood.readerNon2xx === 0 &&
        flood.floodOther === 0 &&
        flood.flood2xx > 0,
    });
  }
  if (caps.length > 0) {
    list.push({
      name: "oversized queries refused (414 too long, 400 too many parameters or repeats)",
      target: "414, 400, 400",
      actual: caps.map((c) => `${c.name}: ${c.status}`).join("; "),
      met: caps.map((c) => c.status).join(",") === "414,400,400",
    });
  }
  if (lighthouse) {
    list.push({ name: `Lighthouse performance, ${LIGHTHOUSE_PATH} (mobile, median)`, target: "≥ 98", actual: String(lighthouse.performance), met: lighthouse.performance >= 98 });
    const floorTbt = lighthouseFloor ? ` (${FLOOR} in the same runs: ${lighthouseFloor.metrics.tbtMs} ms)` : "";
    list.push({ name: `Lighthouse total blocking time, ${LIGHTHOUSE_PATH}`, target: "≤ 50 ms", actual: `${lighthouse.metrics.tbtMs} ms${floorTbt}`, met: lighthouse.metrics.tbtMs <= 50 });
    list.push({ name: `Lighthouse accessibility, ${LIGHTHOUSE_PATH} (mobile)`, target: "100", actual: String(lighthouse.accessibility), met: lighthouse.accessibility === 100 });
  }
  return list;
}

async function bench(): Promise<void> {
  const databaseFile = await benchDatabase("bench");
  const rows: LoadRow[] = [];
  let firstLoadJs: PageScripts[] = [];
  let lighthouse: LighthouseScores | null = null;
  let lighthouseFloor: LighthouseScores | null = null;
  let pairs: PairedRun | null = null;
  let flood: FloodRun | null = null;
  let caps: CapProbe[] = [];

  const unknown = [...(ONLY ?? [])].filter((id) => !TARGETS.some((target) => target.id === id));
  if (unknown.length > 0) throw new Error(`--only: no such row ${unknown.join(", ")}; the rows are ${TARGETS.map((t) => t.id).join(", ")}`);
  const server = await startProductionServer(databaseFile);
  try {
    for (const target of TARGETS.filter((t) => !ONLY || ONLY.has(t.id))) {
      const row = await load(server, target, "cached", CONNECTIONS, DURATION);
      console.log(describe(row));
      rows.push(row);
    }
    if (ONLY) return await finish(rows, { pairs, lighthouse, lighthouseFloor, firstLoadJs, flood, caps });
    pairs = await paired(server, 4, Math.max(2, Math.round(DURATION / 2)));
    console.log(`in turns: filtered ${pairs.filteredRequestsPerSecond.join(", ")} req/s; static ${pairs.staticRequestsPerSecond.join(", ")} req/s; ratio ${pairs.ratio}`);
    flood = await expensiveFlood(server, Math.max(2, Math.round(DURATION / 2)));
    console.log(
      `OG flood: /salaries p99 ${flood.unloadedP99Ms} ms alone, ${flood.loadedP99Ms} ms over ${flood.readerRequests} requests beside ${flood.floodRequests} flood requests (${flood.flood2xx} drawn, ${flood.flood503} refused, ${flood.floodOther} other)`,
    );
    caps = await capProbes(server);
    console.log(`query caps: ${caps.map((c) => `${c.name} → ${c.status}`).join("; ")}`);
    const pages = ["/", "/salaries", "/compare", "/sources", "/estimate", "/records", "/trends", "/filings"];
    const present = [];
    for (const page of pages) if ((await fetch(server.baseUrl + page)).status !== 404) present.push(page);
    firstLoadJs = await measureFirstLoadJs(server.baseUrl, present);
    console.table(firstLoadJs);
    if (LIGHTHOUSE_RUNS > 0) {
      // The floor in the same runs: what the framework's own scripts cost a page on this machine.
      [lighthouse = null, lighthouseFloor = null] = await runLighthouse([`${server.baseUrl}${LIGHTHOUSE_PATH}`, `${server.baseUrl}${FLOOR}`], LIGHTHOUSE_RUNS);
      for (const scores of [lighthouse, lighthouseFloor]) {
        if (scores) console.log(`Lighthouse ${scores.url}: performance ${scores.performance}, accessibility ${scores.accessibility}, benchmark index ${scores.benchmarkIndex}`, scores.metrics);
      }
    }
  } finally {
    await server.stop();
  }

  const uncached = await startProductionServer(databaseFile, { env: { SERVER_CACHE: "off" } });
  try {
    for (const target of TARGETS.filter((t) => UNCACHED_TARGETS.includes(t.id))) {
      const row = await load(uncached, target, "uncached", CONNECTIONS, DURATION);
      console.log(describe(row));
      rows.push(row);
    }
  } finally {
    await uncached.stop();
  }

  await finish(rows, { pairs, lighthouse, lighthouseFloor, firstLoadJs, flood, caps });
}

/** Writes the run's results with their budgets, and fails the process on any failed request or non-2xx answer. */
async function finish(
  rows: LoadRow[],
  { pairs, lighthouse, lighthouseFloor, firstLoadJs, flood, caps }: { pairs: PairedRun | null; lighthouse: LighthouseScores | null; lighthouseFloor: LighthouseScores | null; firstLoadJs: PageScripts[]; flood: FloodRun | null; caps: CapProbe[] },
): Promise<void> {
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    load: rows,
    paired: pairs,
    firstLoadJs,
    lighthouse,
    lighthouseFloor,
    ...(flood ? { flood } : {}),
    caps,
    budgets: budgets(rows, pairs, lighthouse, lighthouseFloor, firstLoadJs, flood, caps),
  };
  writeResult("results.json", results);
  for (const budget of results.budgets) console.log(`${budget.met ? "met    " : "NOT MET"}  ${budget.name}: ${budget.actual} (budget ${budget.target})`);
  const failing = failedRows(rows);
  if (failing.length > 0) {
    console.error(`Failed requests or non-2xx answers: ${failing.map((row) => `${row.id} (${row.server})`).join(", ")}`);
    process.exitCode = 1;
  }
}

/**
 * URLs a visitor mix would request, each as its canonical URL (a redirect is followed once, here),
 * and every other request a valid view never seen before (bench/views.ts), rendered on the spot.
 */
async function soakPicker(baseUrl: string): Promise<{ pick: () => string; urls: number }> {
  const given = [
    "/",
    "/salaries",
    FILTERED,
    "/salaries?country=US&level=senior",
    "/salaries?company=google&level=senior&currency=EUR",
    "/salaries?country=IN&currency=INR&annualize=1",
    "/salaries?level=manager&sort=-max&group=company",
    "/compare",
    "/sources",
    "/estimate",
    "/records",
    "/api/bands",
    "/api/bands?country=US&level=senior&currency=EUR",
    "/api/bands.csv?country=GB",
    "/api/facets?level=senior",
    "/api/factors",
    "/api/og/salaries?country=US",
    "/icon.svg",
  ];
  const views: string[] = [];
  for (const path of given) {
    const response = await fetch(baseUrl + path, { redirect: "manual" });
    await response.arrayBuffer();
    const location = response.headers.get("location");
    views.push(location ? new URL(location, baseUrl + path).pathname + new URL(location, baseUrl + path).search : path);
  }
  const space = await neverSeenViews({ baseUrl });
  let n = 0;
  const pick = () => {
    n++;
    if (n % 2 === 0) return space.path(viewCounter++);
    return views[n % views.length] as string;
  };
  return { pick, urls: views.length };
}

async function soak(): Promise<void> {
  const databaseFile = await benchDatabase("soak");
  const server = await startProductionServer(databaseFile);
  const connections = 64;
  const warmUp = Math.min(20, SOAK_DURATION);
  const { pick, urls } = await soakPicker(server.baseUrl);
  const options = { url: server.baseUrl, connections, timeout: 30, requests: [{ setupRequest: (r: Request) => ({ ...r, path: pick() }) }] };
  const samples: { at: number; rss: number }[] = [];
  try {
    await autocannon({ ...options, duration: warmUp });
    const settled = average([server.rssMiB(), await after(500, () => server.rssMiB()), await after(500, () => server.rssMiB())]);
    const started = Date.now();
    const timer = setInterval(() => samples.push({ at: Date.now() - started, rss: server.rssMiB() }), 1000);
    const result = await autocannon({ ...options, duration: SOAK_DURATION });
    clearInterval(timer);
    const end = average(samples.slice(-3).map((s) => s.rss));
    const growth = (end - settled) / settled;
    const soakResults: SoakResults = {
      date: new Date().toISOString(),
      machine,
      connections,
      warmUpSeconds: warmUp,
      durationSeconds: SOAK_DURATION,
      urls,
      requests: result.requests.total,
      requestsPerSecond: round(result.requests.average),
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      rssSettledMiB: round(settled),
      rssEndMiB: round(end),
      rssMaxMiB: round(Math.max(...samples.map((s) => s.rss))),
      rssGrowthPct: round(growth * 100),
      met: result.errors + result.timeouts === 0 && result.non2xx === 0 && Math.abs(growth) <= 0.2,
    };
    writeResult("soak.json", soakResults);
    console.log(soakResults);
    if (!soakResults.met) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const after = <T>(ms: number, f: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(f()), ms));

function describe(row: LoadRow): string {
  if (!row.present) return `${row.label}: not present (${row.status})`;
  return `${row.label} [${row.server}]: ${row.requestsPerSecond} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, ${row.errors} errors, ${row.non2xx} non-2xx`;
}

/** Writes one result file, then results.md from it and the other one (bench and soak run apart). */
function writeResult(name: "results.json" | "soak.json", result: BenchResults | SoakResults): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(OUTPUT_DIR, name), `${JSON.stringify(result, null, 2)}\n`);
  const read = <T>(file: string): T | null => {
    const full = path.join(OUTPUT_DIR, file);
    return existsSync(full) ? (JSON.parse(readFileSync(full, "utf8")) as T) : null;
  };
  writeFileSync(path.join(OUTPUT_DIR, "results.md"), renderMarkdown(read<BenchResults>("results.json"), read<SoakResults>("soak.json")));
  console.log(`Wrote ${path.relative(process.cwd(), path.join(OUTPUT_DIR, name))} and results.md beside it.`);
}

buildIfStale();
if (args.soak) await soak();
else await bench();
