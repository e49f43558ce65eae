import { roundAxis } from "@/components/charts/axis-ticks";
import chart from "@/components/charts/chart.module.css";
import { ChartFigure } from "@/components/charts/chart-figure";
import { recharts } from "@/components/charts/recharts.server";
import { trendKeys, type TrendSeries, type TrendsChart as TrendsChartData } from "@/lib/official/trends-view";
import { formatAmount } from "@/lib/salary-model";

const WIDTH = 720;
const HEIGHT = 360;
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const SERIES_CLASSES = [chart.series0, chart.series1, chart.series2, chart.series3];

/** Series i's colour class: the palette has four, enough for the survey and a role's occupations. */
const seriesClass = (index: number) => SERIES_CLASSES[index % SERIES_CLASSES.length];

/**
 * Every series on one chart: its median by year as a line (OEWS dashed) and its spread (survey
 * P25–P75, OEWS P10–P90) as a band; a year without figures leaves a gap, a top-coded edge carries
 * "≥". recharts drawn on the server (charts/recharts.server.ts): SVG in the HTML, no chart code in
 * the browser. The table under it holds the same figures with n and source.
 */
export function TrendsChart({ data, series, title }: { data: TrendsChartData; series: readonly TrendSeries[]; title: string }) {
  const { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, XAxis, YAxis } = recharts();
  const { from, to, ticks } = roundAxis(Math.min(...data.values), Math.max(...data.values));
  const drawn = series.map((s, index) => ({ series: s, index })).filter(({ series: s }) => s.rows.length > 0);
  return (
    <ChartFigure
      title={title}
      name="trends"
      drawing={
        <ComposedChart id="trends-chart" width={WIDTH} height={HEIGHT} data={data.rows} margin={MARGIN} role="img" aria-label={title} title={title} desc={data.description}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="year" type="category" padding={{ left: 24, right: 24 }} tickLine={false} />
          <YAxis
            type="number"
            domain={[from, to]}
            ticks={ticks}
            interval={0}
            width={64}
            tickFormatter={(value: number) => formatAmount(value, "USD", { compact: true })}
            tickLine={false}
          />
          {drawn.map(({ series: s, index }) => (
            <Area
              key={`${s.key}-spread`}
              className={`${s.kind === "oews" ? chart.officialSpread : chart.spread} ${seriesClass(index)}`}
              dataKey={trendKeys(s.key).spread}
              isAnimationActive={false}
              connectNulls={false}
              activeDot={false}
            />
          ))}
          {drawn.map(({ series: s, index }) => (
            <Line
              key={`${s.key}-median`}
              className={`${chart.median} ${s.kind === "oews" ? chart.official : ""} ${seriesClass(index)}`}
              dataKey={trendKeys(s.key).median}
              isAnimationActive={false}
              connectNulls={false}
              activeDot={false}
            />
          ))}
          {data.atLeast.map((mark) => {
            const index = series.findIndex((s) => s.key === mark.key);
            return (
              <ReferenceDot
                key={`${mark.key}-${mark.year}`}
                x={mark.year}
                y={mark.value}
                r={0}
                label={{ value: `≥ ${formatAmount(mark.value, "USD", { compact: true })}`, position: "top", className: `${chart.atLeast} ${seriesClass(index)}` }}
              />
            );
          })}
        </ComposedChart>
      }
    >
      <ul className={chart.key} aria-label="Key">
        {drawn.map(({ series: s, index }) => (
          <li key={s.key} className={seriesClass(index)}>
            <span className={`${chart.swatch} ${s.kind === "oews" ? chart.officialSwatch : ""}`} aria-hidden="true" />
            {s.label}: median (line), {s.lowName}–{s.highName} ({s.kind === "oews" ? "dotted edges" : "band"})
          </li>
        ))}
        {data.atLeast.length > 0 ? (
          <li>
            {[...new Set(data.atLeast.map((mark) => `≥ ${formatAmount(mark.value, "USD", { compact: true })}`))].join(", ")}: BLS&rsquo;s top-code; the true figure is at or
            above it and not published
          </li>
        ) : null}
      </ul>
    </ChartFigure>
  );
}
