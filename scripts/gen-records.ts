// npm run gen:records -- <rows> [--out <file>] [--seed <n>]
// Writes a synthetic salary file in the aijobs.net format, for load tests: the bundled
// snapshot's mix of years, levels, titles, countries and work arrangements, log-normal pay by
// level and country, and since 2022 most postings as a pair of rows (high end, then low end),
// as in the real file. Same seed, same file.
import { createWriteStream, mkdirSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { RECORD_COLUMNS } from "@/lib/records/codes";

type Weighted<T> = readonly (readonly [T, number])[];

// Shares close to those of data/ai-jobs-salaries-2025-01-19.csv.
const YEARS: Weighted<number> = [[2025, 2], [2024, 84], [2023, 11.5], [2022, 2.2], [2021, 0.2], [2020, 0.1]];
const LEVELS: Weighted<string> = [["SE", 59], ["MI", 30], ["EN", 9], ["EX", 2]];
const EMPLOYMENT: Weighted<string> = [["FT", 99.5], ["PT", 0.25], ["CT", 0.2], ["FL", 0.05]];
const REMOTE: Weighted<number> = [[0, 78], [100, 21], [50, 1]];
const SIZES: Weighted<string> = [["M", 96], ["L", 3.5], ["S", 0.5]];
const TITLES: Weighted<string> = [
  ["Data Scientist", 15.7], ["Data Engineer", 12.8], ["Software Engineer", 10.7], ["Data Analyst", 9.9],
  ["Machine Learning Engineer", 7.9], ["Engineer", 5.5], ["Manager", 3.4], ["Research Scientist", 3.1],
  ["Applied Scientist", 2.2], ["Analyst", 1.9], ["Data Architect", 1.7], ["Analytics Engineer", 1.6],
  ["Research Engineer", 1.4], ["Product Manager", 1.4], ["AI Engineer", 0.9], ["Machine Learning Researcher", 0.6],
  ["Machine Learning Scientist", 0.4], ["MLOps Engineer", 0.14], ["Computer Vision Engineer", 0.12], ["NLP Engineer", 0.03],
  ["Head of AI", 0.02], ["Director of Machine Learning", 0.02], ["Machine Learning Manager", 0.02],
];
/** Country, its currency, units per USD, and pay relative to the US. */
const COUNTRIES: Weighted<{ code: string; currency: string; perUsd: number; pay: number }> = [
  [{ code: "US", currency: "USD", perUsd: 1, pay: 1 }, 90],
  [{ code: "CA", currency: "CAD", perUsd: 1.3, pay: 0.75 }, 3.4],
  [{ code: "GB", currency: "GBP", perUsd: 0.8, pay: 0.6 }, 2.9],
  [{ code: "AU", currency: "AUD", perUsd: 1.5, pay: 0.65 }, 0.4],
  [{ code: "DE", currency: "EUR", perUsd: 0.9, pay: 0.55 }, 0.4],
  [{ code: "FR", currency: "EUR", perUsd: 0.9, pay: 0.5 }, 0.3],
  [{ code: "ES", currency: "EUR", perUsd: 0.9, pay: 0.4 }, 0.3],
  [{ code: "NL", currency: "EUR", perUsd: 0.9, pay: 0.55 }, 0.2],
  [{ code: "IN", currency: "INR", perUsd: 83.3, pay: 0.2 }, 0.2],
  [{ code: "LT", currency: "EUR", perUsd: 0.9, pay: 0.35 }, 0.2],
];
const LEVEL_MEDIAN_USD: Readonly<Record<string, number>> = { EN: 95_000, MI: 135_000, SE: 165_000, EX: 195_000 };
const PAIR_SHARE_SINCE_2022 = 0.95;
const REPEAT_SHARE = 0.05;

/** mulberry32: a small, fast, seedable PRNG (Math.random cannot be seeded). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker<T>(choices: Weighted<T>, random: () => number): () => T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  return () => {
    let ticket = random() * total;
    for (const [value, weight] of choices) {
      ticket -= weight;
      if (ticket <= 0) return value;
    }
    return choices[choices.length - 1]![0];
  };
}

/** Standard normal by Box–Muller. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Yields rows (arrays of cells) until `rows` have been produced; a pair is two rows. */
export function* syntheticRows(rows: number, seed: number): Generator<string[]> {
  const random = randomSource(seed);
  const pick = {
    year: picker(YEARS, random),
    level: picker(LEVELS, random),
    employment: picker(EMPLOYMENT, random),
    remote: picker(REMOTE, random),
    size: picker(SIZES, random),
    title: picker(TITLES, random),
    country: picker(COUNTRIES, random),
  };
  let written = 0;
  let previous: string[][] = [];
  while (written < rows) {
    let posting: string[][];
    if (previous.length > 0 && random() < REPEAT_SHARE) {
      posting = previous; // the survey repeats postings verbatim now and then
    } else {
      const year = pick.year();
      const level = pick.level();
      const employment = pick.employment();
      const title = pick.title();
      const country = pick.country();
      const residence = random() < 0.98 ? country.code : pick.country().code;
      const remote = pick.remote();
      const size = pick.size();
      const row = (amountUsd: number) => {
        const salary = Math.round(amountUsd * country.perUsd);
        const salaryInUsd = Math.round(salary / country.perUsd);
        return [year, level, employment, title, salary, country.currency, salaryInUsd, residence, remote, country.code, size].map(String);
      };
      const low = Math.round((LEVEL_MEDIAN_USD[level]! * country.pay * Math.exp(0.35 * normal(random))) / 100) * 100;
      const paired = year >= 2022 && random() < PAIR_SHARE_SINCE_2022;
      posting = paired ? [row(Math.round((low * (1.15 + 0.45 * random())) / 100) * 100), row(low)] : [row(low)];
    }
    for (const cells of posting.slice(0, rows - written)) {
      yield cells;
      written += 1;
    }
    previous = posting;
  }
}

/** Writes `rows` synthetic rows plus the header to `file`. */
export async function writeSyntheticRecords(file: string, rows: number, seed = 1): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const lines: string[] = [RECORD_COLUMNS.join(",")];
  const flush = async () => {
    if (!out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
    lines.length = 0;
  };
  for (const cells of syntheticRows(rows, seed)) {
    lines.push(cells.join(","));
    if (lines.length >= 10_000) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, seed: { type: "string" } } });
  const args = z
    .object({ rows: z.coerce.number().int().positive(), out: z.string().optional(), seed: z.coerce.number().int().default(1) })
    .safeParse({ rows: positionals[0], out: values.out, seed: values.seed });
  if (!args.success || positionals.length !== 1) {
    console.error("Usage: npm run gen:records -- <rows> [--out <file>] [--seed <n>]");
    process.exit(2);
  }
  const out = path.resolve(args.data.out ?? `tmp/records-${args.data.rows}.csv`);
  const started = performance.now();
  await writeSyntheticRecords(out, args.data.rows, args.data.seed);
  console.log(`Wrote ${args.data.rows} rows to ${path.relative(process.cwd(), out)} (${Math.round(performance.now() - started)} ms).`);
}
