import { roundAxis } from "@/components/charts/axis-ticks";
import { chartMarkup, recharts } from "@/components/charts/recharts.server";
import { formatAmount, type Summary } from "@/lib/salary-model";
import styles from "./records.module.css";

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
 *
 * recharts drawn on the server, like every chart of the site (components/charts/recharts.server.ts):
 * the SVG is in the HTML, shows without JavaScript, and adds nothing to the client bundle.
 */
export function PercentileChart({ groups, title }: { groups: readonly ChartGroup[]; title: string }) {
  if (groups.length === 0) return null;
  const { Bar, BarChart, CartesianGrid, XAxis, YAxis } = recharts();
  const { from, to, ticks } = axisFor(groups);
  const height = groups.length * ROW_HEIGHT + AXIS_HEIGHT + MARGIN.top + MARGIN.bottom;
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
        <line className={styles.whisker} x1={at(p10)} x2={at(p90)} y1={middle} y2={middle} />
        <line className={styles.whisker} x1={at(p10)} x2={at(p10)} y1={middle - 5} y2={middle + 5} />
        <line className={styles.whisker} x1={at(p90)} x2={at(p90)} y1={middle - 5} y2={middle + 5} />
        <rect className={group.smallSample ? styles.smallBox : styles.box} x={at(p25)} y={top} width={Math.max(at(p75) - at(p25), 1)} height={BOX_HEIGHT} />
        <line className={styles.median} x1={at(p50)} x2={at(p50)} y1={top} y2={top + BOX_HEIGHT} />
      </g>
    );
  };

  return (
    <figure className={styles.chart}>
      <figcaption>{title}</figcaption>
      <div
        data-chart="percentiles"
        className={styles.surface}
        dangerouslySetInnerHTML={{
          __html: chartMarkup(
            <BarChart id="percentile-chart" width={WIDTH} height={height} data={rows} layout="vertical" margin={MARGIN} role="img" aria-label={title} title={title} desc={groups.map(describe).join("; ")}>
              <CartesianGrid horizontal={false} className={styles.axis} />
              <XAxis
                type="number"
                domain={[from, to]}
                ticks={ticks}
                interval={0}
                tickFormatter={(value: number) => formatAmount(value, "USD", { compact: true })}
                height={AXIS_HEIGHT}
                tickLine={false}
                axisLine={false}
                tick={{ className: styles.tick }}
              />
              <YAxis type="category" dataKey="label" width={LABEL_WIDTH} interval={0} tickLine={false} axisLine={false} tick={{ className: styles.label }} />
              <Bar dataKey="range" shape={renderBox} isAnimationActive={false} />
            </BarChart>,
          ),
        }}
      />
    </figure>
  );
}
