import { roundAxis } from "@/components/charts/axis-ticks";
import { ChartFigure } from "@/components/charts/chart-figure";
import { chartImage, SVG_BASE_STYLE, svgDocument } from "@/components/charts/chart-image";
import { recharts } from "@/components/charts/recharts.server";
import { MIN_SHOWN_OBSERVATIONS, SMALL_SAMPLE_OBSERVATIONS } from "@/lib/records/codes";
import { groupLabel, orderGroups } from "@/lib/records/labels";
import type { GroupSummary } from "@/lib/records/summary";
import { formatAmount, type Summary } from "@/lib/salary-model";
import type { RecordGrouping } from "@/lib/url-state/records";
import { GROUPING_LABELS } from "./records-filter-form";

export interface ChartGroup {
  key: string;
  label: string;
  summary: Summary;
  smallSample: boolean;
}

// Fixed geometry: the SVG scales down with CSS through its viewBox.
const WIDTH = 720;
const LABEL_WIDTH = 170;
const MARGIN = { top: 4, right: 24, bottom: 4, left: 0 };
const ROW_HEIGHT = 34;
const BOX_HEIGHT = 16;
const AXIS_HEIGHT = 28;

/** The boxes' marks: small samples dashed in the warning colour. */
const SVG_STYLE = `${SVG_BASE_STYLE}
.tick{fill:var(--muted);font-size:11px}
.label{fill:var(--fg);font-size:12px}
.whisker{stroke:var(--muted);stroke-width:1.5}
.box{fill:var(--accent);fill-opacity:.35;stroke:var(--accent)}
.small-box{fill:var(--warn-fg);fill-opacity:.2;stroke:var(--warn-fg);stroke-dasharray:3 2}
.median{stroke:var(--fg);stroke-width:2.5}
`;

/** The groups a /records view charts, in order: those with enough observations to show (the page lists the others by name and n). */
export function chartGroups(grouping: RecordGrouping, groups: readonly GroupSummary[]): ChartGroup[] {
  return orderGroups(grouping, groups)
    .filter((group) => group.summary.n >= MIN_SHOWN_OBSERVATIONS)
    .map((group) => ({ key: group.key, label: groupLabel(grouping, group.key), summary: group.summary, smallSample: group.summary.n < SMALL_SAMPLE_OBSERVATIONS }));
}

const titleOf = (grouping: RecordGrouping) => `Pay in USD a year by ${GROUPING_LABELS[grouping].toLowerCase()}: box p25–p75 with the median, whiskers p10–p90`;
const heightOf = (groups: readonly ChartGroup[]) => groups.length * ROW_HEIGHT + AXIS_HEIGHT + MARGIN.top + MARGIN.bottom;

/** An axis from a round number below the lowest p10 to one above the highest p90. */
function axisFor(groups: readonly ChartGroup[]): { from: number; to: number; ticks: number[] } {
  return roundAxis(Math.min(...groups.map((g) => g.summary.p10)), Math.max(...groups.map((g) => g.summary.p90)));
}

function describe({ label, summary: { p10, p25, p50, p75, p90, n }, smallSample }: ChartGroup): string {
  return (
    `${label}: n = ${n}${smallSample ? " (small sample)" : ""}; p10 ${formatAmount(p10, "USD")}, ` +
    `p25 ${formatAmount(p25, "USD")}, median ${formatAmount(p50, "USD")}, p75 ${formatAmount(p75, "USD")}, p90 ${formatAmount(p90, "USD")}`
  );
}

interface ShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: { group: ChartGroup };
}

/**
 * One box per group: the box spans p25 to p75 with a line at the median, the whiskers p10 to
 * p90 (not min and max, which single outliers would stretch). Small samples are drawn dashed.
 * A standalone SVG document drawn by recharts on the server, like every chart of the site
 * (components/charts/chart-image.ts), for `/api/chart/records`, the page's image.
 */
function percentileChartSvg(groups: readonly ChartGroup[], title: string): string {
  const { Bar, BarChart, CartesianGrid, XAxis, YAxis } = recharts();
  const { from, to, ticks } = axisFor(groups);
  const height = heightOf(groups);
  const rows = groups.map((group) => ({ key: group.key, label: group.smallSample ? `${group.label} *` : group.label, range: [group.summary.p10, group.summary.p90], group }));

  // recharts gives the p10–p90 span; the box and median sit inside it on the same scale.
  const renderBox = (props: unknown) => {
    const { x, y, width, height: band, payload } = props as ShapeProps;
    const { group } = payload;
    const { p10, p25, p50, p75, p90 } = group.summary;
    const at = (value: number) => (p90 === p10 ? x : x + ((value - p10) / (p90 - p10)) * width);
    const middle = y + band / 2;
    const top = middle - BOX_HEIGHT / 2;
    return (
      <g data-group={group.key}>
        <title>{describe(group)}</title>
        <line className="whisker" x1={at(p10)} x2={at(p90)} y1={middle} y2={middle} />
        <line className="whisker" x1={at(p10)} x2={at(p10)} y1={middle - 5} y2={middle + 5} />
        <line className="whisker" x1={at(p90)} x2={at(p90)} y1={middle - 5} y2={middle + 5} />
        <rect className={group.smallSample ? "small-box" : "box"} x={at(p25)} y={top} width={Math.max(at(p75) - at(p25), 1)} height={BOX_HEIGHT} />
        <line className="median" x1={at(p50)} x2={at(p50)} y1={top} y2={top + BOX_HEIGHT} />
      </g>
    );
  };

  return svgDocument(
    <BarChart id="percentile-chart" width={WIDTH} height={height} data={rows} layout="vertical" margin={MARGIN} role="img" aria-label={title} title={title} desc={groups.map(describe).join("; ")}>
      <CartesianGrid horizontal={false} />
      <XAxis
        type="number"
        domain={[from, to]}
        ticks={ticks}
        interval={0}
        tickFormatter={(value: number) => formatAmount(value, "USD", { compact: true })}
        height={AXIS_HEIGHT}
        tickLine={false}
        axisLine={false}
        tick={{ className: "tick" }}
      />
      <YAxis type="category" dataKey="label" width={LABEL_WIDTH} interval={0} tickLine={false} axisLine={false} tick={{ className: "label" }} />
      <Bar dataKey="range" shape={renderBox} isAnimationActive={false} />
    </BarChart>,
    SVG_STYLE,
  );
}

/** A /records view's percentile chart as an `image/svg+xml` answer (`/api/chart/records`); `groups` are chartGroups', empty when the page shows no chart. */
export function percentileChartImage(grouping: RecordGrouping, groups: readonly ChartGroup[]): Response {
  return chartImage(groups.length > 0 ? percentileChartSvg(groups, titleOf(grouping)) : null, "Too few observations to chart");
}

/** The chart in its figure, as the image of the same view (`src`); the percentile table under it is its data-table equivalent. */
export function PercentileChart({ groups, grouping, src }: { groups: readonly ChartGroup[]; grouping: RecordGrouping; src: string }) {
  if (groups.length === 0) return null;
  const title = titleOf(grouping);
  return (
    <ChartFigure
      title={title}
      name="percentiles"
      anyWidth
      image={{ src, width: WIDTH, height: heightOf(groups) }}
      alt={`${title}: ${groups.length} ${groups.length === 1 ? "group" : "groups"}; every figure is in the percentile table under it.`}
    />
  );
}
