import type { TrendSeries } from "@/lib/official/trends-view";
import styles from "./trends.module.css";

/**
 * The chart's figures as tables, one per series: each year with n, median, spread, the source and
 * why a figure is missing (too few records, not published, May 2020's combined code).
 */
export function TrendsTables({ series }: { series: readonly TrendSeries[] }) {
  return (
    <>
      {series.map((s) => (
        <section key={s.key} aria-labelledby={`series-${s.key}`} className={styles.series} data-series={s.key}>
          <h3 id={`series-${s.key}`}>{s.label}</h3>
          <p className={styles.about}>
            {s.about}{" "}
            {s.source ? (
              <>
                Source: <a href={s.source.href}>{s.source.title}</a>.
              </>
            ) : (
              "Source not recorded."
            )}
          </p>
          {s.empty ? (
            <p className={styles.empty}>{s.empty}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption>
                  {s.label} by year: median and {s.lowName}–{s.highName}, USD a year; n is {s.nMeaning}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    <th scope="col">n</th>
                    <th scope="col">Median</th>
                    <th scope="col">{s.lowName}</th>
                    <th scope="col">{s.highName}</th>
                    <th scope="col">Source and notes</th>
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((row) => (
                    <tr key={row.year} data-year={row.year}>
                      <th scope="row">{row.year}</th>
                      <td className="amount">{row.n}</td>
                      <td className="amount" data-figure="median">
                        {row.median}
                      </td>
                      <td className="amount">{row.low}</td>
                      <td className="amount">{row.high}</td>
                      <td className={styles.notes}>
                        {s.source ? <a href={s.source.href}>{s.kind === "oews" ? `BLS OEWS May ${row.year}${row.occCode ? `, ${row.occCode}` : ""}` : `aijobs.net survey, ${row.year}`}</a> : null}
                        {row.reason ? <span className={styles.reason}>{row.reason}</span> : null}
                        {row.caveat ? <span className={styles.caveat}>{row.caveat}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
