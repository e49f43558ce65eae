// Thousands of generated URLs, random and hostile, against every page and API route that exists.
// No answer may be a 5xx; an API says 400 in JSON and names each parameter; a page renders (or
// redirects to its canonical URL) and says what it ignored; no payload comes back unescaped in HTML.
// Seeded (FUZZ_SEED), so a failure can be replayed; only ever sent to this machine's test server.
import { MAX_QUERY_LENGTH } from "@/lib/http/limits";
import { beforeAll, describe, expect, it } from "vitest";
import { randomSource } from "../../scripts/gen-records";
import { baseUrl } from "./fixtures";

const URL_COUNT = Number(process.env.FUZZ_URLS ?? 10_000);
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/**
 * Each route's share of the URLs, in percent of those sent. A page render costs 10 to 40 times an
 * API answer here (recharts and a full React tree against a JSON body), and the APIs parse their
 * parameters with the same modules as the pages, so the APIs take most URLs and the run stays short.
 */
const SHARES: Record<string, number> = {
  "/": 2.5,
  "/salaries": 2,
  "/compare": 4,
  "/sources": 1.5,
  "/records": 2.5,
  "/estimate": 4,
  "/trends": 2,
  "/filings": 2,
  "/api/bands": 14,
  "/api/bands.csv": 11,
  "/api/facets": 14,
  "/api/factors": 6,
  "/api/trends": 3,
  "/api/filings": 3,
  "/api/percentiles": 14,
  "/api/estimate": 14,
  "/api/og/salaries": 1.5,
  // The charts' images: a chart render each, like a page's.
  "/api/chart/salaries": 1,
  "/api/chart/compare": 1,
  "/api/chart/estimate": 1,
  "/api/chart/trends": 1,
  "/api/chart/records": 1,
  "/api/chart/records/histogram": 1,
  "/api/chart/filings": 1,
};
/** Pages that read parameters and say which they ignored. */
const PAGES_WITH_NOTICE = new Set(["/salaries", "/compare", "/records", "/estimate", "/trends", "/filings"]);
const NOTICE = /settings were ignored|address was ignored/;

const KNOWN_KEYS = [
  ...["country", "level", "company", "industry", "city", "role", "basis", "source", "currency", "annualize", "sort", "group", "format"],
  ...["by", "value", "years", "title", "year", "employment", "remote", "size", "pay", "state", "soc"],
];
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "a[]", "country[]", "<script>x</script>", "%00", "ключ", "🔑", " ", "country ", "COUNTRY", "Sort"];
/** Markup that must never come back as markup. */
const SCRIPT_PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>", "'><iframe src=javascript:alert(1)>"];
const VALUES = [
  ...["", "US", "us", "GB", "none", "None", "IN", "XX", "senior", "SENIOR", "junior", "manager", "google", "amazon", "base", "total"],
  ...["EUR", "eur", "USD", "INR", "PKR", "XYZ", "€", "EURO", "usd ", " EUR"],
  ...["level", "-level", "max", "-max", "--max", "-", "max-", "MAX", "-__proto__", "min,max", "company", "-source"],
  ...["1", "0", "-1", "true", "yes", "on", "NaN", "Infinity", "1e309", "9".repeat(40), "0x10", "3.5", "10", "100", "185000", "185,000", "15-1252", "15-2051.01", "CA", "ml-engineer"],
  ...["' OR '1'='1", "1; DROP TABLE Band; --", "\" OR 1=1 --", "1' UNION SELECT sql FROM sqlite_master --", "%' --"],
  ...["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "javascript:alert(1)", "data:text/html,<b>x</b>", "{\"a\":1}", "[1,2]", "__proto__", "constructor"],
  ...["Zürich", "São Paulo", "東京", "😀", "\u202eevil", "e\u0301", "\ufeffUS", "ﷺ", "\u0000", "line\nbreak", "tab\there", "a&b=c", "a=b", "#hash", "?q"],
  ...SCRIPT_PAYLOADS,
];
/** Percent-encodings written straight into the query: a NUL, bad escapes, broken UTF-8, an encoded payload. */
const RAW_ENCODED = ["%00", "US%00", "%", "%zz", "%E0%A4%A", "%C0%AE%C0%AE%2F", "%FF%FE", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%2500", "+", "%20US%20"];

interface Case {
  route: string;
  query: string;
  /** A parameter no route knows was included: pages must say they ignored something. */
  unknownKey: boolean;
  payloads: string[];
}

function generate(routes: string[], count: number, seed: number): Case[] {
  const next = randomSource(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const total = routes.reduce((sum, route) => sum + (SHARES[route] ?? 0), 0);
  const plan = routes.flatMap((route) => Array<string>(Math.ceil((count * (SHARES[route] ?? 0)) / total)).fill(route));
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [plan[i], plan[j]] = [plan[j] as string, plan[i] as string];
  }
  const cases: Case[] = [];
  for (const route of plan) {
    const parts: string[] = [];
    const payloads: string[] = [];
    let unknownKey = false;
    const pairs = Math.floor(next() * 6);
    for (let p = 0; p < pairs; p++) {
      const roll = next();
      const key = roll < 0.7 ? pick(KNOWN_KEYS) : roll < 0.85 ? pick(HOSTILE_KEYS) : `zz${Math.floor(next() * 1000)}`;
      // Next.js drops "__proto__" before a page sees it (it becomes the prototype of searchParams): nothing to report.
      if (!KNOWN_KEYS.includes(key) && key !== "__proto__") unknownKey = true;
      const shape = next();
      let value: string;
      if (shape < 0.1) {
        parts.push(`${encodeURIComponent(key)}=${pick(RAW_ENCODED)}`);
        continue;
      } else if (shape < 0.13) {
        value = pick(["A", "é", "<", "%"]).repeat(500 + Math.floor(next() * 3000)); // huge
      } else {
        value = pick(VALUES);
      }
      if (SCRIPT_PAYLOADS.includes(value)) payloads.push(value);
      const repeats = next() < 0.15 ? 2 + Math.floor(next() * 3) : 1;
      for (let r = 0; r < repeats; r++) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    }
    cases.push({ route, query: parts.join("&"), unknownKey, payloads });
  }
  return cases;
}

interface Failure {
  url: string;
  problem: string;
}

async function check(testCase: Case): Promise<Failure | null> {
  const path = testCase.query ? `${testCase.route}?${testCase.query}` : testCase.route;
  const url = `${baseUrl}${path}`;
  const fail = (problem: string) => ({ url: path.length > 300 ? `${path.slice(0, 300)}…` : path, problem });
  let response: Response;
  const started = performance.now();
  try {
    response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
    // The expensive routes refuse past their bounds with 503 and Retry-After (ADR 013), and eight
    // fuzzing clients at once can pass four new OG images a second. A client that honours
    // Retry-After asks again once; the answer it then gets is what is checked, so a refusal that
    // persists, or a 503 without Retry-After, still fails.
    const retryAfter = response.status === 503 ? Number(response.headers.get("retry-after")) : NaN;
    if (retryAfter > 0) {
      await response.arrayBuffer();
      refusalsRetried += 1;
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
      response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
    }
  } catch (error) {
    return fail(`no answer: ${(error as Error).message}`);
  }
  const type = response.headers.get("content-type") ?? "";
  const body = Buffer.from(await response.arrayBuffer());
  timings.set(testCase.route, [...(timings.get(testCase.route) ?? []), performance.now() - started]);
  if (response.status >= 500) return fail(`status ${response.status}: ${body.toString("utf8").slice(0, 200)}`);
  // A query over the site's cap (src/lib/http/limits.ts) is a 414, and a URL too long for Node's HTTP parser (16 KiB of headers) a 431.
  if (response.status === 414) return testCase.query.length > MAX_QUERY_LENGTH ? null : fail(`status ${response.status}`);
  if (response.status === 431) return url.length > 8000 ? null : fail(`status ${response.status}`);
  if (response.headers.get("x-content-type-options") !== "nosniff") return fail("no X-Content-Type-Options: nosniff");
  const text = type.startsWith("image/") ? "" : body.toString("utf8");

  if (testCase.route.startsWith("/api/")) {
    if (response.status === 200) return null;
    if (response.status !== 400) return fail(`API answered ${response.status}`);
    if (!type.startsWith("application/json")) return fail(`API 400 as ${type}`);
    const json = JSON.parse(text) as { error?: string; parameters?: { name?: unknown; reason?: unknown }[] };
    if (!json.error || !Array.isArray(json.parameters) || json.parameters.length === 0) return fail(`400 without parameters: ${text.slice(0, 200)}`);
    const unnamed = json.parameters.find((p) => typeof p.name !== "string" || p.name === "" || typeof p.reason !== "string");
    if (unnamed) return fail(`400 names no parameter: ${JSON.stringify(unnamed)}`);
    return null;
  }

  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location") ?? "";
    const target = new URL(location, url);
    if (target.origin !== new URL(baseUrl).origin || target.pathname !== testCase.route) return fail(`redirected away, to ${location}`);
    return null;
  }
  if (response.status !== 200) return fail(`page answered ${response.status}`);
  if (!type.startsWith("text/html")) return fail(`page as ${type}`);
  for (const payload of testCase.payloads) if (text.includes(payload)) return fail(`payload came back raw: ${payload}`);
  if (text.includes("<script>alert(1)</script>") || /<img src=x onerror/i.test(text)) return fail("a script payload came back raw");
  if (PAGES_WITH_NOTICE.has(testCase.route) && testCase.unknownKey && !NOTICE.test(text)) return fail("ignored a parameter without a notice");
  return null;
}

let routes: string[] = [];
const timings = new Map<string, number[]>();
let refusalsRetried = 0;

beforeAll(async () => {
  const host = new URL(baseUrl).hostname;
  if (host !== "127.0.0.1" && host !== "localhost") throw new Error(`The fuzz test only runs against this machine, not ${host}`);
  for (const route of Object.keys(SHARES)) {
    const response = await fetch(`${baseUrl}${route}`, { redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 404) routes.push(route);
  }
  routes = routes.sort();
});

// A bound on a correctness test, not a speed budget: 90 s on a quiet machine, near 150 s when other builds share the cores.
const FUZZ_TIMEOUT_MS = 300_000;

describe("fuzzing every page and API route", () => {
  it(`answers ${URL_COUNT} generated URLs (seed ${SEED}) without a 5xx, with JSON 400s, notices and escaped payloads`, { timeout: FUZZ_TIMEOUT_MS }, async () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const cases = generate(routes, URL_COUNT, SEED);
    expect(cases.length).toBeGreaterThanOrEqual(URL_COUNT);
    const failures: Failure[] = [];
    let index = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (index < cases.length) {
          const failure = await check(cases[index++] as Case);
          if (failure) failures.push(failure);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const perRoute = [...timings].map(([route, ms]) => `${route} ${ms.length}× ${Math.round(ms.reduce((a, b) => a + b, 0) / ms.length)} ms`);
    console.log(`fuzz: ${cases.length} URLs in ${seconds.toFixed(1)} s, ${failures.length} failures, ${refusalsRetried} refusals asked again after Retry-After; per route, count and mean time: ${perRoute.join(", ")}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
