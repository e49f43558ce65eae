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
const RIGHT_MARGIN = 24;
const ROW_HEIGHT = 34;
const BOX_HEIGHT = 16;
const AXIS_HEIGHT = 28;
const TICK_STEPS = [10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000];
const MAX_TICKS = 7;

/** An axis from a round number below the lowest p10 to one above the highest p90. */
function axisFor(groups: readonly ChartGroup[]): { from: number; to: number; ticks: number[] } {
  const low = Math.min(...groups.map((g) => g.summary.p10));
  const high = Math.max(...groups.map((g) => g.summary.p90));
  const step = TICK_STEPS.find((s) => (Math.ceil(high / s) - Math.floor(low / s)) <= MAX_TICKS) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const from = Math.floor(low / step) * step;
  const to = Math.max(Math.ceil(high / step) * step, from + step);
  const ticks = Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
  return { from, to, ticks };
}

/**
 * One box per group: the box spans p25 to p75 with a line at the median, the whiskers p10 to
 * p90 (not min and max, which single outliers would stretch). Small samples are drawn dashed.
 *
 * Hand-made SVG in a server component rather than recharts: five shapes a row need no library,
 * and the chart is in the server HTML, so it shows without JavaScript, without a layout jump,
 * and adds nothing to the client bundle.
 */
export function PercentileChart({ groups, title }: { groups: readonly ChartGroup[]; title: string }) {
  if (groups.length === 0) return null;
  const { from, to, ticks } = axisFor(groups);
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  const x = (value: number) => LABEL_WIDTH + ((value - from) / (to - from)) * plotWidth;
  const height = groups.length * ROW_HEIGHT + AXIS_HEIGHT;
  const titleId = "percentile-chart-title";
  return (
    <figure className={styles.chart}>
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={titleId} data-chart="percentiles">
        <g className={styles.axis}>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={0} y2={groups.length * ROW_HEIGHT} />
              <text className={styles.tick} x={x(tick)} y={groups.length * ROW_HEIGHT + 18} textAnchor="middle">
                {formatAmount(tick, "USD", { compact: true })}
              </text>
            </g>
          ))}
        </g>
        {groups.map((group, row) => {
          const { p10, p25, p50, p75, p90, n } = group.summary;
          const middle = row * ROW_HEIGHT + ROW_HEIGHT / 2;
          const top = middle - BOX_HEIGHT / 2;
          return (
            <g key={group.key} data-group={group.key}>
              <title>
                {`${group.label}: n = ${n}${group.smallSample ? " (small sample)" : ""}; p10 ${formatAmount(p10, "USD")}, ` +
                  `p25 ${formatAmount(p25, "USD")}, median ${formatAmount(p50, "USD")}, p75 ${formatAmount(p75, "USD")}, p90 ${formatAmount(p90, "USD")}`}
              </title>
              <text className={styles.label} x={LABEL_WIDTH - 10} y={middle + 4} textAnchor="end">
                {group.smallSample ? `${group.label} *` : group.label}
              </text>
              <line className={styles.whisker} x1={x(p10)} x2={x(p90)} y1={middle} y2={middle} />
              <line className={styles.whisker} x1={x(p10)} x2={x(p10)} y1={middle - 5} y2={middle + 5} />
              <line className={styles.whisker} x1={x(p90)} x2={x(p90)} y1={middle - 5} y2={middle + 5} />
              <rect
                className={group.smallSample ? styles.smallBox : styles.box}
                x={x(p25)}
                y={top}
                width={Math.max(x(p75) - x(p25), 1)}
                height={BOX_HEIGHT}
              />
              <line className={styles.median} x1={x(p50)} x2={x(p50)} y1={top} y2={top + BOX_HEIGHT} />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
