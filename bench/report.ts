// The benchmark's Markdown (bench/results.md) from its result files.
import type { BenchResults, LoadRow, SoakResults } from "./results";

const cell = (value: number | undefined) => (value === undefined ? "" : String(value));

function loadTable(rows: LoadRow[]): string[] {
  const lines = [
    "| URL | server | req/s | p50 ms | p99 ms | errors | non-2xx | KB/response |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of rows) {
    const url = `${row.label}<br>\`${row.path}\``;
    if (!row.present) {
      lines.push(`| ${url} | ${row.server} | not present (${row.status}) | | | | | |`);
      continue;
    }
    lines.push(
      `| ${url} | ${row.server} | ${cell(row.requestsPerSecond)} | ${cell(row.p50Ms)} | ${cell(row.p99Ms)} | ${cell(row.errors)} | ${cell(row.non2xx)} | ${cell(row.kilobytesPerResponse)} |`,
    );
  }
  return lines;
}

export function renderMarkdown(results: BenchResults | null, soak: SoakResults | null): string {
  const lines: string[] = [];
  if (results) {
    lines.push(
      `Run ${results.date.slice(0, 16).replace("T", " ")} UTC on ${results.machine}; autocannon in the same process as the ` +
        `benchmark, ${results.connections} connections, ${results.durationSeconds} s per URL after a short warm-up. ` +
        "*cached*: the server as shipped; *uncached*: the same build with `SERVER_CACHE=off`, rendering every request.",
      "",
      ...loadTable(results.load),
      "",
      ...(results.paired
        ? [
            `In turns for the throughput budget (${results.paired.rounds} rounds of ${results.paired.secondsEach} s each): filtered \`/salaries\` ` +
              `${results.paired.filteredRequestsPerSecond.join(", ")} req/s; \`/icon.svg\` ${results.paired.staticRequestsPerSecond.join(", ")} req/s.`,
            "",
          ]
        : []),
      "| budget | target | this run | |",
      "|---|---|---|---|",
      ...results.budgets.map((b) => `| ${b.name} | ${b.target} | ${b.actual} | ${b.met ? "met" : "**not met**"} |`),
      "",
    );
    if (results.lighthouse) {
      const { performance, accessibility, metrics, runs, failedAccessibilityAudits } = results.lighthouse;
      lines.push(
        `Lighthouse 12 on \`/salaries\`, mobile settings (simulated slow 4G, 4× CPU slowdown), median of ${runs}: ` +
          `performance **${performance}**, accessibility **${accessibility}**` +
          `${failedAccessibilityAudits.length > 0 ? ` (failing: ${failedAccessibilityAudits.join(", ")})` : ""}; ` +
          `FCP ${metrics.fcpMs} ms, LCP ${metrics.lcpMs} ms, TBT ${metrics.tbtMs} ms, Speed Index ${metrics.speedIndexMs} ms, CLS ${metrics.cls}. ` +
          `Main thread (simulated slow CPU): ${(results.lighthouse.mainThread ?? []).map((m) => `${m.work} ${m.ms} ms`).join(", ")}. ` +
          `Busiest scripts: ${(results.lighthouse.scripts ?? []).map((s) => `\`${s.url.split("/").pop()}\` ${s.scriptingMs} ms`).join(", ")}.`,
        "",
      );
      const floor = results.lighthouseFloor;
      if (floor) {
        lines.push(
          `In the same runs, in turns, Next.js's empty page \`/floor\` (the layout and one sentence): performance **${floor.performance}**, ` +
            `TBT ${floor.metrics.tbtMs} ms, LCP ${floor.metrics.lcpMs} ms; busiest scripts: ${floor.scripts.map((s) => `\`${s.url.split("/").pop()}\` ${s.scriptingMs} ms`).join(", ")}. ` +
            `Lighthouse's benchmark index of this machine: ${results.lighthouse.benchmarkIndex ?? "not recorded"} (below 1,000 Lighthouse warns that the host's CPU is slower than its 4× slowdown expects, which lowers the score).`,
          "",
        );
      }
    }
    if (results.firstLoadJs.length > 0) {
      lines.push("| page | first-load scripts | raw KB | gzip KB | chart code |", "|---|---:|---:|---:|---|");
      for (const page of results.firstLoadJs) {
        lines.push(`| \`${page.path}\` | ${page.scripts} | ${page.rawKb} | ${page.gzipKb} | ${page.loadsChart ? "yes" : "no"} |`);
      }
      lines.push("");
    }
  }
  if (soak) {
    lines.push(
      `Soak (\`npm run bench:soak\`, ${soak.date.slice(0, 16).replace("T", " ")} UTC): ${soak.connections} connections for ${soak.durationSeconds} s ` +
        `after ${soak.warmUpSeconds} s of warm-up, a mix of ${soak.urls} pages, APIs and images with every other request a never-seen view: ` +
        `${soak.requests} requests (${soak.requestsPerSecond} req/s, p99 ${soak.p99Ms} ms), ${soak.errors} errors, ${soak.non2xx} non-2xx; ` +
        `resident memory ${soak.rssSettledMiB} MiB after warm-up, ${soak.rssEndMiB} MiB at the end (${soak.rssGrowthPct >= 0 ? "+" : ""}${soak.rssGrowthPct}%, ` +
        `peak ${soak.rssMaxMiB} MiB): ${soak.met ? "within" : "**not** within"} the budget of 0 errors and ±20%.`,
      "",
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
