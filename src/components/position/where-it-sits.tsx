import { PayHistogram } from "@/components/charts/pay-histogram";
import type { PositionView } from "@/lib/official/position-view";
import { formatAmount, formatCount } from "@/lib/salary-model";
import styles from "./position.module.css";

/** What "your number" says, in a sentence: its percentile with the n behind it, the reason it has none, or how to ask. */
function RankSentence({ view }: { view: PositionView }) {
  const { rank } = view;
  if (!rank) return <p>Give your yearly pay in USD above (&ldquo;Your pay&rdquo;) to see where it sits in this slice.</p>;
  const pay = formatAmount(rank.pay, "USD");
  if (rank.percentile === null) {
    return (
      <p data-rank="">
        Your number, {pay} a year: {rank.reason}.
      </p>
    );
  }
  return (
    <p data-rank="" className={styles.rank}>
      Your number, {pay} a year, is <strong>{view.rankText}</strong>: {rank.percentile}% of them are paid less
      {rank.equal > 0 ? ` (${formatCount(rank.equal)} ${rank.equal === 1 ? "is" : "are"} paid exactly that, counted half)` : ""}.
    </p>
  );
}

/**
 * "Where a number sits" for a slice of records or filings: the rank of your number, the histogram
 * with the official P10–P90 and the article bands drawn over it, and the same as tables, each
 * figure with its n and source.
 */
export function WhereItSits({ view, headingId, heading, chartSrc }: { view: PositionView; headingId: string; heading: string; /** The histogram's image of this view (`/api/chart/…`). */ chartSrc: string }) {
  const { histogram } = view;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{heading}</h2>
      <RankSentence view={view} />
      <p className={styles.source}>
        n = {formatCount(view.n)} {view.noun}
        {view.source ? (
          <>
            , from <a href={view.source.href}>{view.source.title}</a>
          </>
        ) : null}
        {histogram.bins === null ? `: ${histogram.reason}, so no histogram.` : "."}
      </p>
      <PayHistogram view={view} src={chartSrc} />
      {view.ranges.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>Drawn with the histogram: each range in USD a year, with its n and source</caption>
            <thead>
              <tr>
                <th scope="col">Range</th>
                <th scope="col">From–to</th>
                <th scope="col">n</th>
                <th scope="col">Source and notes</th>
              </tr>
            </thead>
            <tbody>
              {view.ranges.map((range) => (
                <tr key={range.key} data-range={range.key}>
                  <th scope="row">
                    {range.href ? <a href={range.href}>{range.label}</a> : range.label} <span className="measure">{range.ends}</span>
                  </th>
                  <td className="amount">{range.text}</td>
                  <td>{range.n}</td>
                  <td>
                    <a href={range.source.href}>{range.source.title}</a>
                    {range.note ? <span className={styles.note}>{range.note}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {view.notDrawn.length > 0 || view.notes.length > 0 ? (
        <ul className={styles.notes}>
          {view.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {view.notDrawn.map((item) => (
            <li key={item.label}>
              Not drawn: {item.label}: {item.reason}.
            </li>
          ))}
        </ul>
      ) : null}
      {histogram.bins ? (
        <details className={styles.bins}>
          <summary>The histogram as a table</summary>
          <div className="table-scroll">
            <table>
              <caption>
                {view.noun} per bin of {formatAmount(histogram.binWidth, "USD")}, USD a year (n = {formatCount(view.n)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To (below)</th>
                  <th scope="col">n</th>
                </tr>
              </thead>
              <tbody>
                {histogram.bins.map((bin) => (
                  <tr key={bin.from}>
                    <th scope="row" className="amount">
                      {formatAmount(bin.from, "USD")}
                    </th>
                    <td className="amount">{formatAmount(bin.to, "USD")}</td>
                    <td className="amount">{formatCount(bin.n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
