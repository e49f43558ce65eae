// What every browser test shares: the server under test, one Chromium per test file (launched on
// the first page), pages that fail their test on an unexpected console error or page error, the
// axe check, screenshots and the locators several pages have in common. setup-browser.ts closes
// the pages and checks their errors after each test, so no test has to remember to.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../support/chromium";

export const baseUrl = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const artifactsDir = path.resolve("test-results");

interface OpenPage {
  context: BrowserContext;
  /** Console errors and page errors, each with where it came from. */
  errors: string[];
  /** Errors matching one of these were announced by the test with expectConsoleErrors. */
  expected: RegExp[];
}

let browser: Promise<Browser> | null = null;
const openPages = new Map<Page, OpenPage>();

/** Debian's Chromium with the flags this closed network needs; Playwright gives it a fresh profile. */
function launchedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  return browser;
}

/** A new page in a context of its own (no shared cookies or cache), closed after the test. */
export async function openPage(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await (await launchedBrowser()).newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const state: OpenPage = { context, errors: [], expected: [] };
  const record = (text: string) => {
    if (!state.expected.some((pattern) => pattern.test(text))) state.errors.push(text);
  };
  page.on("console", (message) => {
    // The location names the resource when the error is a failed load ("404 (Not Found)").
    const where = message.location().url;
    if (message.type() === "error") record(where ? `${message.text()} at ${where}` : message.text());
  });
  page.on("pageerror", (error) => record(error.message));
  openPages.set(page, state);
  return page;
}

/** From now on, console errors on `page` matching `pattern` are part of the test, e.g. a 404 asked for on purpose. */
export function expectConsoleErrors(page: Page, pattern: RegExp): void {
  const state = openPages.get(page);
  if (!state) throw new Error("expectConsoleErrors: not a page from openPage");
  state.expected.push(pattern);
}

/** After each test: closes its pages, then fails the test if any logged an unexpected error. */
export async function closePagesAndCheckErrors(): Promise<void> {
  const pages = [...openPages.entries()];
  openPages.clear();
  await Promise.all(pages.map(([, { context }]) => context.close()));
  const errors = pages.flatMap(([page, state]) => state.errors.map((error) => `${page.url()}: ${error}`));
  expect(errors, "console errors or page errors in the browser").toEqual([]);
}

export async function closeBrowser(): Promise<void> {
  const launched = browser;
  browser = null;
  if (launched) await (await launched).close();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Pixels the page scrolls sideways: more than 0 means something is wider than the screen. */
export function horizontalScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The band ids of a band table's rows, in the order shown (the explorer and /compare). */
export function bandRowIds(page: Page): Promise<string[]> {
  return page.locator("tbody tr[data-band-row]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-band-row") ?? ""));
}

/** The ids of the range chart's bars, in the order drawn: read from the SVG document its image shows. */
export async function chartBarIds(page: Page): Promise<string[]> {
  const image = page.locator('figure img[data-chart="range"]');
  if ((await image.count()) === 0) return [];
  const response = await fetch(new URL((await image.getAttribute("src")) ?? "", page.url()));
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  return [...(await response.text()).matchAll(/data-band-id="([^"]*)"/g)].map((match) => match[1] ?? "");
}

/**
 * The SVG document a chart's image shows (`figure img[data-chart=name]`), opened by itself in a
 * new page of the same browser context, so locators read the chart's marks, title and desc.
 */
export async function chartDocument(page: Page, name: string): Promise<Page> {
  const src = await page.locator(`figure img[data-chart="${name}"]`).getAttribute("src");
  const chart = await page.context().newPage();
  const response = await chart.goto(new URL(src ?? "", page.url()).href);
  expect(response?.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  return chart;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations (WCAG 2.x A and AA rules). */
export async function seriousViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an injected <script> would be blocked).
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}
