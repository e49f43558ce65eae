import { roundAxis } from "@/components/charts/axis-ticks";
import chart from "@/components/charts/chart.module.css";
import { ChartFigure } from "@/components/charts/chart-figure";
import { chartImage, SVG_BASE_STYLE, SVG_SERIES_STYLE, svgDocument } from "@/components/charts/chart-image";
import { recharts } from "@/components/charts/recharts.server";
import { trendKeys, type TrendSeries, type TrendsChart as TrendsChartData, type TrendsPageView } from "@/lib/official/trends-view";
import { formatAmount } from "@/lib/salary-model";

const WIDTH = 720;
const HEIGHT = 360;
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const SERIES_COUNT = 4;

const TITLE = "Pay in USD a year by year: survey records (median, P25–P75) and BLS OEWS occupations (median, P10–P90)";

/** Series i's colour class: the palette has four, enough for the survey and a role's occupations. */
const seriesIndex = (index: number) => index % SERIES_COUNT;
const KEY_CLASSES = [chart.series0, chart.series1, chart.series2, chart.series3];

/** The chart's marks: the survey's P25–P75 a filled band, the occupations' P10–P90 only their edges, so four spreads stay readable. */
const SVG_STYLE = `${SVG_BASE_STYLE}${SVG_SERIES_STYLE}
.spread .recharts-area-area{fill:var(--series);fill-opacity:.18}
.spread .recharts-area-curve{stroke:var(--series);stroke-opacity:.6}
.official-spread .recharts-area-area{fill:none}
.official-spread .recharts-area-curve{stroke:var(--series);stroke-width:1.5;stroke-dasharray:2 3}
.median .recharts-line-curve{stroke:var(--series);stroke-width:2.5}
.median .recharts-dot{stroke:var(--series);fill:var(--bg)}
.official .recharts-line-curve{stroke-dasharray:8 4}
.at-least{fill:var(--series);font-size:13px;font-weight:700}
`;

const drawnSeries = (series: readonly TrendSeries[]) => series.map((s, index) => ({ series: s, index })).filter(({ series: s }) => s.rows.length > 0);

/**
 * Every series on one chart, as a standalone SVG document (chart-image.ts): its median by year as
 * a line (OEWS dashed) and its spread (survey P25–P75, OEWS P10–P90) as a band; a year without
 * figures leaves a gap, a top-coded edge carries "≥". Drawn by recharts on the server
 * (charts/recharts.server.ts) for `/api/chart/trends`, the page's image.
 */
function trendsChartSvg(data: TrendsChartData, series: readonly TrendSeries[]): string {
  const { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, XAxis, YAxis } = recharts();
  const { from, to, ticks } = roundAxis(Math.min(...data.values), Math.max(...data.values));
  const drawn = drawnSeries(series);
  return svgDocument(
    <ComposedChart id="trends-chart" width={WIDTH} height={HEIGHT} data={data.rows} margin={MARGIN} role="img" aria-label={TITLE} title={TITLE} desc={data.description}>
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
          className={`${s.kind === "oews" ? "official-spread" : "spread"} series${seriesIndex(index)}`}
          dataKey={trendKeys(s.key).spread}
          isAnimationActive={false}
          connectNulls={false}
          activeDot={false}
        />
      ))}
      {drawn.map(({ series: s, index }) => (
        <Line
          key={`${s.key}-median`}
          className={`median ${s.kind === "oews" ? "official" : ""} series${seriesIndex(index)}`}
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
            label={{ value: `≥ ${formatAmount(mark.value, "USD", { compact: true })}`, position: "top", className: `at-least series${seriesIndex(index)}` }}
          />
        );
      })}
    </ComposedChart>,
    SVG_STYLE,
  );
}

/** A /trends view's chart as an `image/svg+xml` answer (`/api/chart/trends`). */
export function trendsChartImage(page: TrendsPageView): Response {
  return chartImage(page.chart ? trendsChartSvg(page.chart, page.series) : null, "Nothing to draw for these choices");
}

/**
 * The trends chart in its figure: the image of the same view (`src`, `/api/chart/trends?…`), then
 * the key in the series' colours. The tables under it hold the same figures with n and source.
 */
export function TrendsChart({ data, series, src }: { data: TrendsChartData; series: readonly TrendSeries[]; src: string }) {
  const drawn = drawnSeries(series);
  return (
    <ChartFigure
      title={TITLE}
      name="trends"
      image={{ src, width: WIDTH, height: HEIGHT }}
      alt={`${TITLE}: ${drawn.length} series by year; every figure is in the tables on this page too.`}
    >
      <ul className={chart.key} aria-label="Key">
        {drawn.map(({ series: s, index }) => (
          <li key={s.key} className={KEY_CLASSES[seriesIndex(index)]}>
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
