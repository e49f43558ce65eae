import type { PositionView } from "@/lib/official/position-view";
import { formatAmount, formatCount } from "@/lib/salary-model";
import { roundAxis } from "./axis-ticks";
import { ChartFigure } from "./chart-figure";
import { chartImage, SVG_BASE_STYLE, SVG_SERIES_STYLE, svgDocument } from "./chart-image";
import { recharts } from "./recharts.server";

const WIDTH = 720;
const BARS_HEIGHT = 220;
const LANE_HEIGHT = 24;
const X_AXIS_HEIGHT = 30;
const MARGIN = { top: 24, right: 24, bottom: 4, left: 8 };
const Y_AXIS_WIDTH = 48;

/** The histogram's marks: bins in the accent colour, ranges under them in their lanes, your number as a line. */
const SVG_STYLE = `${SVG_BASE_STYLE}${SVG_SERIES_STYLE}
.bins .recharts-rectangle{fill:var(--accent);fill-opacity:.55}
.lane{fill:var(--series);fill-opacity:.3;stroke:var(--series);stroke-width:1.5}
.lane-label{fill:var(--fg);font-size:11px;paint-order:stroke;stroke:var(--bg);stroke-width:3px}
.pay{stroke:var(--warn-fg);stroke-width:2}
.pay-label{fill:var(--warn-fg);font-size:12px;font-weight:700;paint-order:stroke;stroke:var(--bg);stroke-width:3px}
`;

/** The chart's title: what the page's figure says above it. */
const titleOf = (view: PositionView) => `Pay of the ${formatCount(view.n)} ${view.noun} in USD a year, with the ranges of the table below drawn under it`;

/** The image's pixel size: the bars, one lane per range, the axis. */
function histogramSize(view: PositionView): { width: number; height: number } {
  return { width: WIDTH, height: BARS_HEIGHT + view.ranges.length * LANE_HEIGHT + X_AXIS_HEIGHT + MARGIN.top + MARGIN.bottom };
}

/** Round count ticks from 0: a step of 1, 2 or 5 times a power of ten, four or five of them. */
function countTicks(max: number): number[] {
  const raw = Math.max(max / 4, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

interface Scale {
  scale: (value: number) => number;
}
interface CustomizedProps {
  xAxisMap?: Record<string, Scale>;
  yAxisMap?: Record<string, Scale>;
  offset?: { left: number; top: number; width: number; height: number };
}

/**
 * The slice's pay as a histogram, each range of the view (official P10–P90, the article bands) in
 * a lane of its own under the bars on the same axis, and "your number" as a line through both:
 * a standalone SVG document drawn by recharts on the server (chart-image.ts) for the page's image.
 */
function payHistogramSvg(view: PositionView, bins: NonNullable<PositionView["histogram"]["bins"]>): string {
  const title = titleOf(view);
  const { Bar, CartesianGrid, ComposedChart, Customized, XAxis, YAxis } = recharts();
  const pay = view.rank?.pay ?? null;
  const first = bins[0]!.from;
  const last = bins.at(-1)!.to;
  const ends = [first, last, ...view.ranges.flatMap((r) => [r.min, r.max]), ...(pay === null ? [] : [pay])];
  const { from, to, ticks } = roundAxis(Math.min(...ends), Math.max(...ends));
  const maxCount = Math.max(...bins.map((b) => b.n));
  const countAxis = countTicks(maxCount);
  const top = countAxis.at(-1)!;
  const lanes = view.ranges.length;
  // The lanes sit below zero on the count axis, so each gets LANE_HEIGHT pixels.
  const bottom = lanes === 0 ? 0 : -(lanes * LANE_HEIGHT * top) / BARS_HEIGHT;
  const { height } = histogramSize(view);
  const data = bins.map((bin) => ({ mid: (bin.from + bin.to) / 2, n: bin.n }));

  const Overlay = ({ xAxisMap, yAxisMap, offset }: CustomizedProps) => {
    const x = Object.values(xAxisMap ?? {})[0]?.scale;
    const y = Object.values(yAxisMap ?? {})[0]?.scale;
    if (!x || !y || !offset) return null;
    const zero = y(0);
    const right = offset.left + offset.width;
    return (
      <g data-overlay="">
        {view.ranges.map((range, i) => {
          const laneTop = zero + i * LANE_HEIGHT + 4;
          const x1 = x(range.min);
          const x2 = range.openEnded ? right : Math.max(x(range.max), x1 + 3);
          return (
            <g key={range.key} data-range={range.key} className={range.kind === "official" ? "series2" : "series1"}>
              <title>{`${range.label}, ${range.ends}: ${range.text}`}</title>
              <rect className="lane" x={x1} y={laneTop} width={x2 - x1} height={LANE_HEIGHT - 8} rx={2} />
              <text className="lane-label" x={offset.left + 4} y={laneTop + (LANE_HEIGHT - 8) / 2} dy="0.35em">
                {range.label.length > 70 ? `${range.label.slice(0, 69)}…` : range.label}
              </text>
            </g>
          );
        })}
        {pay === null ? null : (
          <g data-pay="">
            <line className="pay" x1={x(pay)} x2={x(pay)} y1={offset.top - 6} y2={offset.top + offset.height} />
            <text className="pay-label" x={x(pay)} y={offset.top - 10} textAnchor={x(pay) > offset.left + offset.width / 2 ? "end" : "start"}>
              {`your ${formatAmount(pay, "USD")}${view.rank?.percentile == null ? "" : `: p${view.rank.percentile}`}`}
            </text>
          </g>
        )}
      </g>
    );
  };

  return svgDocument(
    <ComposedChart id="pay-histogram" width={WIDTH} height={height} data={data} margin={MARGIN} barCategoryGap={1} role="img" aria-label={title} title={title} desc={view.description}>
      <CartesianGrid vertical={false} />
      <XAxis
        type="number"
        dataKey="mid"
        domain={[from, to]}
        ticks={ticks}
        interval={0}
        height={X_AXIS_HEIGHT}
        tickFormatter={(value: number) => formatAmount(value, "USD", { compact: true })}
      />
      <YAxis type="number" domain={[bottom, top]} ticks={countAxis} interval={0} width={Y_AXIS_WIDTH} allowDecimals={false} tickLine={false} />
      <Bar dataKey="n" className="bins" isAnimationActive={false} />
      <Customized component={Overlay} />
    </ComposedChart>,
    SVG_STYLE,
  );
}

/** A slice's histogram as an `image/svg+xml` answer (`/api/chart/records/histogram`, `/api/chart/filings`). */
export function payHistogramImage(view: PositionView): Response {
  const { histogram } = view;
  return histogram.bins === null ? chartImage(null, `No histogram: ${histogram.reason}`) : chartImage(payHistogramSvg(view, histogram.bins), "");
}

/**
 * The histogram in its figure, as the image of the same view (`src`). Null when the slice is too
 * small for a histogram (the page says so with its n); the tables beside it hold its figures.
 */
export function PayHistogram({ view, src }: { view: PositionView; src: string }) {
  if (view.histogram.bins === null) return null;
  const title = titleOf(view);
  return (
    <ChartFigure
      title={title}
      name="histogram"
      image={{ src, ...histogramSize(view) }}
      alt={`${title}: ${view.histogram.bins.length} bins; the histogram and every range are in the tables below too.`}
    />
  );
}
