import type { PositionView } from "@/lib/official/position-view";
import { formatAmount } from "@/lib/salary-model";
import { roundAxis } from "./axis-ticks";
import chart from "./chart.module.css";
import { ChartFigure } from "./chart-figure";
import { recharts } from "./recharts.server";

const WIDTH = 720;
const BARS_HEIGHT = 220;
const LANE_HEIGHT = 24;
const X_AXIS_HEIGHT = 30;
const MARGIN = { top: 24, right: 24, bottom: 4, left: 8 };
const Y_AXIS_WIDTH = 48;

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
 * a lane of its own under the bars on the same axis, and "your number" as a line through both.
 * recharts drawn on the server (recharts.server.ts): no chart code reaches the browser. Null when
 * the slice is too small for a histogram (the page says so with its n).
 */
export function PayHistogram({ view, title }: { view: PositionView; title: string }) {
  const { histogram } = view;
  if (histogram.bins === null) return null;
  const { Bar, CartesianGrid, ComposedChart, Customized, XAxis, YAxis } = recharts();
  const pay = view.rank?.pay ?? null;
  const first = histogram.bins[0]!.from;
  const last = histogram.bins.at(-1)!.to;
  const ends = [first, last, ...view.ranges.flatMap((r) => [r.min, r.max]), ...(pay === null ? [] : [pay])];
  const { from, to, ticks } = roundAxis(Math.min(...ends), Math.max(...ends));
  const maxCount = Math.max(...histogram.bins.map((b) => b.n));
  const countAxis = countTicks(maxCount);
  const top = countAxis.at(-1)!;
  const lanes = view.ranges.length;
  // The lanes sit below zero on the count axis, so each gets LANE_HEIGHT pixels.
  const bottom = lanes === 0 ? 0 : -(lanes * LANE_HEIGHT * top) / BARS_HEIGHT;
  const height = BARS_HEIGHT + lanes * LANE_HEIGHT + X_AXIS_HEIGHT + MARGIN.top + MARGIN.bottom;
  const data = histogram.bins.map((bin) => ({ mid: (bin.from + bin.to) / 2, n: bin.n }));

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
            <g key={range.key} data-range={range.key} className={range.kind === "official" ? chart.series2 : chart.series1}>
              <title>{`${range.label}, ${range.ends}: ${range.text}`}</title>
              <rect className={chart.lane} x={x1} y={laneTop} width={x2 - x1} height={LANE_HEIGHT - 8} rx={2} />
              <text className={chart.laneLabel} x={offset.left + 4} y={laneTop + (LANE_HEIGHT - 8) / 2} dy="0.35em">
                {range.label.length > 70 ? `${range.label.slice(0, 69)}…` : range.label}
              </text>
            </g>
          );
        })}
        {pay === null ? null : (
          <g data-pay="">
            <line className={chart.pay} x1={x(pay)} x2={x(pay)} y1={offset.top - 6} y2={offset.top + offset.height} />
            <text className={chart.payLabel} x={x(pay)} y={offset.top - 10} textAnchor={x(pay) > offset.left + offset.width / 2 ? "end" : "start"}>
              {`your ${formatAmount(pay, "USD")}${view.rank?.percentile == null ? "" : `: p${view.rank.percentile}`}`}
            </text>
          </g>
        )}
      </g>
    );
  };

  return (
    <ChartFigure
      title={title}
      name="histogram"
      drawing={
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
          <Bar dataKey="n" className={chart.bins} isAnimationActive={false} />
          <Customized component={Overlay} />
        </ComposedChart>
      }
    />
  );
}
