import { FlagBadges } from "@/components/bands/flag-badges";
import { RecordsBadge, RecordsSummary } from "@/components/bands/records-beside";
import { ClaimOfficial, OewsTables } from "@/components/official/official-beside";
import { sourceAnchor, type Band } from "@/lib/domain";
import type { Factor, SourceProfile } from "@/lib/domain";
import type { OfficialBesideView } from "@/lib/official/beside-view";
import type { SourceCheckCounts } from "@/lib/official/checks";
import type { RecordsBeside } from "@/lib/explorer/records-check";
import type { SourceWithClaims } from "@/lib/explorer/sources-page-view";
import type { VocabularyLabels } from "@/lib/domain";
import { bandRange } from "@/lib/explorer/band-facts";
import { formatPercentRange } from "@/lib/explorer/percent";
import { bandHref } from "@/lib/explorer/band-href";
import { factorKindLabel, sliceTitle } from "@/lib/explorer/source-claims";
import { formatRange } from "@/lib/salary-model";
import styles from "./sources.module.css";

function BandClaims({ bands, labels, records, official }: { bands: Band[]; labels: VocabularyLabels; records: ReadonlyMap<string, RecordsBeside>; official: OfficialBesideView }) {
  const officialByBand = new Map(official.claims.map((claim) => [claim.bandId, claim]));
  return (
    <div className="table-scroll">
      <table>
        <caption>
          {bands.length} salary bands, in the currency and period the source used; the official US figures in brief (each claim&rsquo;s page has the
          reasons and the wider filing matches)
        </caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">As stated</th>
            <th scope="col">Survey records, same slice (USD a year)</th>
            <th scope="col">Official US figures</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.id}>
              <th scope="row">
                <a href={bandHref(band.id)}>{sliceTitle(band, labels)}</a>
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
              <td className={styles.official}>{officialByBand.has(band.id) ? <ClaimOfficial claim={officialByBand.get(band.id)!} /> : null}</td>
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

/** A real source's description: what it measures, when, how, what it covers, and the credit it asks for. */
function Profile({ profile }: { profile: SourceProfile }) {
  return (
    <>
      <dt>What it measures</dt>
      <dd>{profile.measures}</dd>
      <dt>Reference period</dt>
      <dd>{profile.referencePeriod}</dd>
      <dt>Method</dt>
      <dd>{profile.method}</dd>
      <dt>Coverage</dt>
      <dd>{profile.coverage}</dd>
      <dt>Attribution</dt>
      <dd data-attribution="">{profile.attribution}</dd>
    </>
  );
}

/** What a real source finds about the articles' claims, by verdict (src/lib/official/checks.ts). */
function CheckCounts({ checks, claimCount }: { checks: SourceCheckCounts; claimCount: number }) {
  const counts: [keyof Omit<SourceCheckCounts, "sourceId">, string][] = [
    ["confirms", "confirms (at least half of the claim within its P25–P75)"],
    ["contradicts", "contradicts (the claim lies mostly outside)"],
    ["aboveAsExpected", "finds above, as expected for total pay against base pay"],
    ["cannotCheck", "cannot check (another country, not yearly, too few or no figures)"],
  ];
  return (
    <>
      <p>Held against each of the articles&rsquo; {claimCount} salary claims, it</p>
      <ul className={styles.counts} data-check-counts="">
        {counts.map(([key, text]) => (
          <li key={key}>
            <strong data-count={key}>{checks[key]}</strong> {text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Each source with what is known about it and every claim quoted from it; a real source with its method, coverage, licence and what it finds about the claims. */
export function SourceList({ sources, labels, records, claimCount }: { sources: SourceWithClaims[]; labels: VocabularyLabels; records: ReadonlyMap<string, RecordsBeside>; claimCount: number }) {
  return (
    <ol className={styles.cards}>
      {sources.map(({ source, bands, factors, official, checks }) => (
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
            {source.profile ? <Profile profile={source.profile} /> : null}
          </dl>
          {source.note ? <p className={styles.note}>{source.note}</p> : null}
          {checks ? <CheckCounts checks={checks} claimCount={claimCount} /> : null}
          {source.profile && !checks ? <p>Held against no claim (see its method).</p> : null}
          {bands.length === 0 && factors.length === 0 && !source.profile ? <p>No claims are quoted from it.</p> : null}
          {bands.length > 0 && official ? <BandClaims bands={bands} labels={labels} records={records} official={official} /> : null}
          {official ? <OewsTables view={official} /> : null}
          {factors.length > 0 ? <FactorClaims factors={factors} labels={labels} /> : null}
        </li>
      ))}
    </ol>
  );
}
