// First-load JavaScript per page: the scripts a browser downloads to show a page,
// read from the server-rendered HTML of the production build, with their gzip sizes.
//   npx tsx bench/first-load-js.ts http://127.0.0.1:3000 / /salaries
import { gzipSync } from "node:zlib";

export interface PageScripts {
  path: string;
  scripts: number;
  rawKb: number;
  gzipKb: number;
  /** Whether recharts' code is among the page's chunks (it should be only where a chart is shown). */
  loadsChart: boolean;
}

export async function measureFirstLoadJs(baseUrl: string, paths: readonly string[]): Promise<PageScripts[]> {
  const results: PageScripts[] = [];
  for (const path of paths) {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    // noModule scripts are legacy polyfills that modern browsers skip.
    const tags = [...html.matchAll(/<script([^>]+)>/g)].map((m) => m[1] ?? "").filter((attrs) => !/\bnoModule\b/i.test(attrs));
    const sources = [...new Set(tags.map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1]).filter((src): src is string => Boolean(src)))];
    let raw = 0;
    let gzip = 0;
    let loadsChart = false;
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      raw += body.length;
      gzip += gzipSync(body).length;
      loadsChart ||= body.includes("recharts");
    }
    results.push({ path, scripts: sources.length, rawKb: round(raw / 1024), gzipKb: round(gzip / 1024), loadsChart });
  }
  return results;
}

const round = (n: number) => Math.round(n * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseUrl = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
  console.table(await measureFirstLoadJs(baseUrl, paths.length > 0 ? paths : ["/", "/salaries"]));
}
