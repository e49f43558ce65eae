import type { ReactElement } from "react";
import { escapeMarkup } from "@/lib/escape-markup";
import { chartMarkup } from "./recharts.server";

/**
 * Where a page's chart is drawn, as an SVG image of the same view: `/salaries?country=GB` →
 * `/api/chart/salaries?country=GB`. A page with more than one chart names the other ones:
 * `/records?level=senior` with `histogram` → `/api/chart/records/histogram?level=senior`.
 */
export function chartImageSrc(pageHref: string, chart?: string): string {
  if (!chart) return `/api/chart${pageHref}`;
  const query = pageHref.indexOf("?");
  return query === -1 ? `/api/chart${pageHref}/${chart}` : `/api/chart${pageHref.slice(0, query)}/${chart}${pageHref.slice(query)}`;
}

/**
 * The start of every chart image's style sheet: an image document sees none of the page's CSS, so
 * it carries the site's colours (globals.css), dark ones under `prefers-color-scheme: dark`, and
 * the axes' and grid's looks. Each chart adds the rules of its own marks.
 */
export const SVG_BASE_STYLE = `
svg{--bg:#ffffff;--fg:#1a1d23;--muted:#5b6270;--line:#dde1e8;--accent:#1f5fbf;--warn-bg:#fff4d6;--warn-fg:#6b4a00;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
@media (prefers-color-scheme:dark){svg{--bg:#12151b;--fg:#e7eaf0;--muted:#a3abb9;--line:#2c323d;--accent:#7fb0ff;--warn-bg:#3a2f10;--warn-fg:#ffd978}}
.recharts-cartesian-grid line{stroke:var(--line)}
.recharts-cartesian-axis-line,.recharts-cartesian-axis-tick-line{stroke:var(--muted)}
.recharts-cartesian-axis-tick-value{fill:var(--muted);font-size:12px}
`;

/** The series palette of chart.module.css (the keys under the charts use it there): four distinct hues, each readable on both backgrounds. */
export const SVG_SERIES_STYLE = `
.series0{--series:#1f5fbf}.series1{--series:#b3541e}.series2{--series:#2e7d32}.series3{--series:#8e3fa8}
@media (prefers-color-scheme:dark){.series0{--series:#7fb0ff}.series1{--series:#ff9e6b}.series2{--series:#7fd08a}.series3{--series:#d79cf0}}
`;

/** Squeezes a style sheet written readably into the one line an SVG carries. */
const compactStyle = (css: string) => css.replaceAll("\n", "");

/**
 * A recharts chart (recharts.server.ts) as a standalone SVG document: the `<svg>` alone (recharts
 * wraps it in a `<div>` for the browser's layout), with its namespace and its style sheet first.
 * The chart's own `<title>` and `<desc>` come from its `title` and `desc`.
 */
export function svgDocument(drawing: ReactElement, style: string): string {
  const markup = chartMarkup(drawing);
  const svg = markup.slice(markup.indexOf("<svg"), markup.lastIndexOf("</svg>") + "</svg>".length);
  // React escapes ">" in attribute values, so the first one ends the opening tag.
  const openingEnd = svg.indexOf(">") + 1;
  const opening = svg.slice(0, openingEnd).replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${opening}<style>${compactStyle(style)}</style>${svg.slice(openingEnd)}`;
}

/** What a view without a chart answers (its page shows no image and says so in words). */
function nothingToChart(words: string): string {
  const text = escapeMarkup(words);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="320" height="32" viewBox="0 0 320 32" role="img" aria-label="${text}"><title>${text}</title><text x="0" y="20" font-family="system-ui, sans-serif" font-size="14" fill="#5b6270">${text}.</text></svg>`;
}

/** A view's chart as an `image/svg+xml` answer, or `nothing` in words when the view has none. */
export function chartImage(svg: string | null, nothing: string): Response {
  return new Response(svg ?? nothingToChart(nothing), { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
