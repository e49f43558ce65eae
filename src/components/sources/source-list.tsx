import { FlagBadges } from "@/components/bands/flag-badges";
import { RecordsBadge, RecordsSummary } from "@/components/bands/records-beside";
import { sourceAnchor, type Band } from "@/lib/domain";
import type { Factor } from "@/lib/domain";
import type { RecordsBeside } from "@/lib/explorer/records-check";
import type { SourceWithClaims } from "@/lib/explorer/sources-page-view";
import type { VocabularyLabels } from "@/lib/domain";
import { bandRange } from "@/lib/explorer/band-facts";
import { formatPercentRange } from "@/lib/explorer/percent";
import { bandExplorerHref, factorKindLabel, sliceTitle } from "@/lib/explorer/source-claims";
import { formatRange } from "@/lib/salary-model";
import styles from "./sources.module.css";

function BandClaims({ bands, labels, records }: { bands: Band[]; labels: VocabularyLabels; records: ReadonlyMap<string, RecordsBeside> }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{bands.length} salary bands, in the currency and period the source used</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">As stated</th>
            <th scope="col">Survey records, same slice (USD a year)</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.id}>
              <th scope="row">
                <a href={bandExplorerHref(band)}>{sliceTitle(band, labels)}</a>
              </th>
              <td className="amount">
                {formatRange(bandRange(band))}
                {band.measure === "average" ? <span className="measure"> average</span> : null}
                <FlagBadges flags={band.flags} />
                <RecordsBadge beside={records.get(band.id)} />
              </td>
              <td className={styles.records}>
                <RecordsSummary beside={records.get(band.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FactorClaims({ factors, labels }: { factors: Factor[]; labels: VocabularyLabels }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{factors.length} premiums, gaps and growth figures</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Percent</th>
            <th scope="col">Of what</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((factor) => (
            <tr key={factor.id} id={`factor-${factor.id}`}>
              <th scope="row">{factorKindLabel(factor.kind)}</th>
              <td className="amount">
                {formatPercentRange(factor.lowPct, factor.highPct)}
                <FlagBadges flags={factor.flags} />
              </td>
              <td>
                {factor.scope}
                {factor.country ? ` (${labels.countries.get(factor.country) ?? factor.country})` : null}
                <details className={styles.quote}>
                  <summary>Quote</summary>
                  <blockquote>“{factor.quote}”</blockquote>
                  {factor.note ? <p>Note: {factor.note}</p> : null}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each source with what is known about it and every claim quoted from it. */
export function SourceList({ sources, labels, records }: { sources: SourceWithClaims[]; labels: VocabularyLabels; records: ReadonlyMap<string, RecordsBeside> }) {
  return (
    <ol className={styles.cards}>
      {sources.map(({ source, bands, factors }) => (
        <li key={source.id} id={sourceAnchor(source.id)} className={styles.card}>
          <h3>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</h3>
          <dl className={styles.facts}>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
            <dt>Date</dt>
            <dd>{source.date}</dd>
            <dt>Kind</dt>
            <dd>{source.kind}</dd>
            <dt>Licence</dt>
            <dd>{source.licence}</dd>
          </dl>
          {source.note ? <p className={styles.note}>{source.note}</p> : null}
          {bands.length === 0 && factors.length === 0 ? <p>No claims are quoted from it.</p> : null}
          {bands.length > 0 ? <BandClaims bands={bands} labels={labels} records={records} /> : null}
          {factors.length > 0 ? <FactorClaims factors={factors} labels={labels} /> : null}
        </li>
      ))}
    </ol>
  );
}
