// Lighthouse (npm `lighthouse`, its default mobile settings: a Moto G Power-sized screen, simulated
// slow 4G and a 4x slower CPU) in Debian's Chromium, for the performance and accessibility scores.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../tests/support/chromium";

export interface LighthouseScores {
  url: string;
  runs: number;
  /** 0-100, the median run's (by performance score). */
  performance: number;
  accessibility: number;
  metrics: Record<"fcpMs" | "lcpMs" | "tbtMs" | "speedIndexMs" | "cls", number>;
  /** Accessibility audits that failed in that run, by id. */
  failedAccessibilityAudits: string[];
  /** Where the main thread's time went (Lighthouse's mainthread-work-breakdown), largest first, ms. */
  mainThread: { work: string; ms: number }[];
  /** The scripts that kept the main thread busiest (bootup-time), ms of evaluation and parsing. */
  scripts: { url: string; scriptingMs: number; parseMs: number }[];
  /** Lighthouse's measure of this machine's CPU speed: below 1,000 it warns that the host is slower than its 4× CPU slowdown expects. */
  benchmarkIndex: number;
}

interface TableDetails<T> {
  items?: T[];
}

/**
 * Runs Lighthouse `runs` times on each URL, the URLs in turns (a, b, a, b, ...) so that a noisy
 * moment of the machine falls on each alike, and returns each URL's median run, in order.
 */
export async function runLighthouse(urls: string[], runs: number, chromePath = CHROMIUM_PATH): Promise<LighthouseScores[]> {
  const results = urls.map(() => [] as LighthouseScores[]);
  for (let run = 0; run < runs * urls.length; run++) {
    const url = urls[run % urls.length] as string;
    const userDataDir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
    const chrome = await chromeLauncher.launch({
      chromePath,
      userDataDir,
      chromeFlags: ["--headless", ...CHROMIUM_FLAGS],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { categories, audits } = result.lhr;
      const numeric = (id: string) => Math.round((audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
      (results[run % urls.length] as LighthouseScores[]).push({
        url,
        runs,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        metrics: {
          fcpMs: Math.round(numeric("first-contentful-paint")),
          lcpMs: Math.round(numeric("largest-contentful-paint")),
          tbtMs: Math.round(numeric("total-blocking-time")),
          speedIndexMs: Math.round(numeric("speed-index")),
          cls: numeric("cumulative-layout-shift"),
        },
        failedAccessibilityAudits: (categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
        mainThread: ((audits["mainthread-work-breakdown"]?.details as TableDetails<{ groupLabel: string; duration: number }>)?.items ?? [])
          .map((item) => ({ work: item.groupLabel, ms: Math.round(item.duration) }))
          .slice(0, 5),
        scripts: ((audits["bootup-time"]?.details as TableDetails<{ url: string; scripting: number; scriptParseCompile: number }>)?.items ?? [])
          .map((item) => ({ url: item.url, scriptingMs: Math.round(item.scripting), parseMs: Math.round(item.scriptParseCompile) }))
          .sort((a, b) => b.scriptingMs - a.scriptingMs)
          .slice(0, 5),
        benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
      });
    } finally {
      chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  return results.map((scores) => [...scores].sort((a, b) => a.performance - b.performance)[Math.floor(scores.length / 2)] as LighthouseScores);
}
