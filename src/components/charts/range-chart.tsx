import { formatAmount, formatRange } from "@/lib/salary-model";
import chart from "./chart.module.css";
import { ChartFigure } from "./chart-figure";
import { chartImage, SVG_BASE_STYLE, svgDocument } from "./chart-image";
import { recharts } from "./recharts.server";
import styles from "./range-chart.module.css";
import type { RangeBar, RangeChartSpec } from "@/lib/explorer/range-bar";

type Row =
  | { key: string; kind: "group"; text: string }
  | { key: string; kind: "bar"; text: string; bar: RangeBar; range: [number, number] };

// Fixed geometry, so the server knows the height and hydration causes no layout jump.
const ROW_HEIGHT = 28;
const BAR_THICKNESS = 16;
const LABEL_WIDTH = 210;
const LABEL_INDENT = 12;
const X_AXIS_HEIGHT = 44;
const MARGIN = { top: 4, right: 28, bottom: 4, left: 8 };
// The image keeps this pixel width up to the column's and scales down below it (CSS).
const WIDTH = 720;
// Rough width of a 12px system-ui character; long labels are cut so they never run into the bars.
const CHAR_WIDTH = 6.6;

/** Group headings become rows of their own (with no bar), so groups stay in order and visibly apart. */
function toRows(bars: RangeBar[]): Row[] {
  const rows: Row[] = [];
  bars.forEach((bar, index) => {
    if (index === 0 || bars[index - 1]?.group !== bar.group) {
      rows.push({ key: `group:${index}`, kind: "group", text: bar.group });
    }
    const text = bar.converted ? `≈ ${bar.label}` : bar.label;
    rows.push({ key: `bar:${bar.id}`, kind: "bar", text, bar, range: [bar.min, bar.max ?? bar.min] });
  });
  return rows;
}

function niceStep(span: number): number {
  const raw = span / 5; // about five intervals fit 720 px with compact labels
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((n) => n * magnitude >= raw) ?? 10;
  return step * magnitude;
}

/**
 * Round-number ticks covering every stated amount. Open ends need room past the highest stated
 * amount, so their extension still shows when that bar is the highest one.
 */
function axisTicks(bars: RangeBar[]): number[] {
  const lows = bars.map((b) => b.min);
  const highs = bars.map((b) => b.max ?? b.min);
  const lo = Math.min(...lows);
  let hi = Math.max(...highs);
  if (bars.some((b) => b.openEnded)) hi += Math.max(hi - lo, hi * 0.1) * 0.15;
  if (hi === lo) hi = lo === 0 ? 1 : lo * 1.2;
  const step = niceStep(hi - lo);
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  // Rounded so float drift (0.1 + 0.2) never reaches a label.
  for (let i = 0; start + (i - 1) * step < hi; i++) ticks.push(Number((start + i * step).toPrecision(12)));
  return ticks;
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

function describe(bar: RangeBar, currency: string): string {
  const range = formatRange({ currency, min: bar.min, max: bar.max, openEnded: bar.openEnded, period: null }, { compact: true });
  const notes = [bar.flagged ? "flagged" : null, bar.converted ? `converted to ${currency}` : null].filter(Boolean);
  return `${bar.label}: ${range}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
}

interface TickProps {
  y: number;
  payload: { value: string };
}

interface ShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: Row;
  background: { x: number; width: number };
}

/** A short stable id from the title, for the SVG's pattern and gradient references (no hook: see recharts.server.ts). */
function chartId(title: string): string {
  let hash = 0;
  for (const char of title) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0;
  return (hash >>> 0).toString(36);
}

/** The range chart's marks, after the site's colours and axes (chart-image.ts). */
const SVG_STYLE = `${SVG_BASE_STYLE}
.group-rule{stroke:var(--line)}
.axis-label,.row-label{fill:var(--fg);font-size:12px}
.group-label{fill:var(--fg);font-size:13px;font-weight:700}
.normal .mark,.normal .arrow{fill:var(--accent)}
.flagged .mark{stroke:var(--warn-fg);stroke-width:1.5}
.flagged .arrow{fill:var(--warn-fg)}
.hatch-bg{fill:var(--warn-bg)}
.hatch-line{stroke:var(--warn-fg);stroke-width:3}
.fade-start,.fade-stop{stop-color:var(--accent)}
.fade-warn-start,.fade-warn-stop{stop-color:var(--warn-fg)}
.fade-start,.fade-warn-start{stop-opacity:.55}
.fade-stop,.fade-warn-stop{stop-opacity:0}
`;

/** The chart's pixel size: fixed geometry, so the page can reserve the image's box before it loads. */
function rangeChartSize(bars: RangeBar[]): { width: number; height: number } {
  return { width: WIDTH, height: toRows(bars).length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT };
}

/**
 * The chart as a standalone SVG document, drawn by recharts on the server (recharts.server.ts),
 * with its `<title>`, `<desc>` and style sheet (chart-image.ts). The pages embed it as an image
 * (`/api/chart/<page>`, `RangeChart` below), so it is drawn once and carried neither in the HTML
 * nor in the RSC payload (docs/decisions/015-every-view-fast.md).
 */
export function rangeChartSvg({ bars, currency, title }: RangeChartSpec): string {
  const uid = chartId(title);
  const hatchId = `hatch-${uid}`;
  const fadeId = `fade-${uid}`;
  const fadeWarnId = `fade-warn-${uid}`;

  const { Bar, BarChart, CartesianGrid, XAxis, YAxis } = recharts();
  const rows = toRows(bars);
  const rowByKey = new Map(rows.map((row) => [row.key, row]));
  const ticks = axisTicks(bars);
  const { width, height } = rangeChartSize(bars);
  const maxLabelChars = Math.floor((LABEL_WIDTH - LABEL_INDENT - 10) / CHAR_WIDTH);

  const renderTick = ({ y, payload }: TickProps) => {
    const row = rowByKey.get(payload.value);
    if (!row) return <g />;
    if (row.kind === "group") {
      // A rule across the whole chart above each heading separates the groups.
      return (
        <g>
          <line className="group-rule" x1={MARGIN.left} x2={width - MARGIN.right} y1={y - ROW_HEIGHT / 2} y2={y - ROW_HEIGHT / 2} />
          <text className="group-label" x={MARGIN.left} y={y} dy="0.35em">
            {truncate(row.text, maxLabelChars + 2)}
          </text>
        </g>
      );
    }
    return (
      <text className="row-label" x={MARGIN.left + LABEL_INDENT} y={y} dy="0.35em">
        <title>{row.text}</title>
        {truncate(row.text, maxLabelChars)}
      </text>
    );
  };

  const renderBar = (props: unknown) => {
    const { x, y, width: barWidth, height: band, payload: row, background } = props as ShapeProps;
    if (row.kind !== "bar") return <g />;
    const { bar } = row;
    const top = y + (band - BAR_THICKNESS) / 2;
    const middle = y + band / 2;
    const end = x + barWidth;
    const plotEnd = background.x + background.width;
    const single = bar.max === null || bar.max === bar.min;
    // Inline, so it wins over the class's solid fill.
    const hatch = bar.flagged ? { fill: `url(#${hatchId})` } : undefined;
    return (
      <g data-band-id={bar.id} data-open-ended={bar.openEnded || undefined} data-flagged={bar.flagged || undefined} className={bar.flagged ? "flagged" : "normal"}>
        <title>{describe(bar, currency)}</title>
        {bar.openEnded ? (
          // The "+": a band fading out to the axis end, with an arrow, since no top was stated.
          <g data-open-end="">
            <rect x={end} y={top + 3} width={Math.max(plotEnd - end, 0)} height={BAR_THICKNESS - 6} fill={`url(#${bar.flagged ? fadeWarnId : fadeId})`} />
            <path className="arrow" d={`M${plotEnd + 2},${middle - 5} L${plotEnd + 10},${middle} L${plotEnd + 2},${middle + 5} Z`} />
          </g>
        ) : null}
        {single ? (
          <circle className="mark" cx={x} cy={middle} r={BAR_THICKNESS / 2 - 2} style={hatch} />
        ) : (
          <rect className="mark" x={x} y={top} width={Math.max(barWidth, 2)} height={BAR_THICKNESS} rx={3} style={hatch} />
        )}
      </g>
    );
  };

  return svgDocument(
    <BarChart
      // Without an id recharts numbers its clip path from a module-wide counter: stable markup needs one.
      id={`range-chart-${uid}`}
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={MARGIN}
      role="img"
      aria-label={title}
      title={title}
      desc={`${bars.length} pay ranges in ${currency}, one bar each, grouped as labelled; each bar's title gives its range in words.`}
    >
      {/* recharts 2 renders <defs> children as-is; colours come from the style sheet, so dark mode follows. */}
      <defs>
        <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="hatch-bg" width={6} height={6} />
          <line className="hatch-line" x1={0} y1={0} x2={0} y2={6} />
        </pattern>
        <linearGradient id={fadeId}>
          <stop offset="0" className="fade-start" />
          <stop offset="1" className="fade-stop" />
        </linearGradient>
        <linearGradient id={fadeWarnId}>
          <stop offset="0" className="fade-warn-start" />
          <stop offset="1" className="fade-warn-stop" />
        </linearGradient>
      </defs>
      <CartesianGrid horizontal={false} />
      <XAxis
        type="number"
        domain={[ticks[0] ?? 0, ticks.at(-1) ?? 1]}
        ticks={ticks}
        interval={0}
        tickFormatter={(value: number) => formatAmount(value, currency, { compact: true })}
        height={X_AXIS_HEIGHT}
        label={{ value: `Pay (${currency})`, position: "insideBottom", offset: 2, className: "axis-label" }}
      />
      <YAxis type="category" dataKey="key" width={LABEL_WIDTH} interval={0} tick={renderTick} tickLine={false} axisLine={false} />
      <Bar dataKey="range" shape={renderBar} isAnimationActive={false} />
    </BarChart>,
    SVG_STYLE,
  );
}

/**
 * The chart in its figure: the caption, the SVG as an image of the same view (`src`, drawn by
 * rangeChartSvg in a route), then the key. The page carries only the image's address and box,
 * and no chart code: the table under the chart is its data-table equivalent.
 */
export function RangeChart({ bars, currency, title, src }: RangeChartSpec & { src: string }) {
  if (bars.length === 0) {
    return (
      <figure className={chart.figure}>
        <figcaption>{title}</figcaption>
        <p className={styles.empty}>No pay ranges to chart.</p>
      </figure>
    );
  }
  return (
    <ChartFigure
      title={title}
      name="range"
      image={{ src, ...rangeChartSize(bars) }}
      alt={`${title}: ${bars.length} pay ranges in ${currency}, one bar each; every range is in the table on this page too.`}
    >
      <ChartKey bars={bars} currency={currency} />
    </ChartFigure>
  );
}

/** Explains only the marks that appear in this chart. */
function ChartKey({ bars, currency }: { bars: RangeBar[]; currency: string }) {
  return (
    <ul className={styles.legend}>
      <li>
        <span className={styles.keyBar} aria-hidden="true" /> stated range (a dot: a single figure)
      </li>
      {bars.some((b) => b.openEnded) ? (
        <li>
          <span className={styles.keyOpen} aria-hidden="true" /> open-ended (“+”): pay goes beyond the last stated amount
        </li>
      ) : null}
      {bars.some((b) => b.flagged) ? (
        <li>
          <span className={styles.keyFlag} aria-hidden="true" /> flagged claim: read its note in the table
        </li>
      ) : null}
      {bars.some((b) => b.converted) ? <li>≈ converted to {currency} from another currency</li> : null}
    </ul>
  );
}

/** A view's range chart as an `image/svg+xml` answer (`/api/chart/salaries|compare|estimate`). */
export function rangeChartImage(spec: RangeChartSpec | null): Response {
  return chartImage(spec && spec.bars.length > 0 ? rangeChartSvg(spec) : null, "No pay ranges to chart");
}
