import { RecordsMethodNote } from "@/components/bands/records-beside";
import { BasisNote } from "@/components/official/official-beside";
import type { SourcesPageView } from "@/lib/explorer/sources-page-view";
import { DisagreementList } from "./disagreement-list";
import { ExchangeRates } from "./exchange-rates";
import { FlaggedClaims } from "./flagged-claims";
import { SourceList } from "./source-list";
import styles from "./sources.module.css";

export function SourcesView({ view }: { view: SourcesPageView }) {
  const { disagreements, flaggedBands, flaggedFactors, sources, labels, rates } = view;
  return (
    <>
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          <li>
            <a href="#disagreements">Where the sources disagree ({disagreements.length})</a>
          </li>
          <li>
            <a href="#flagged">Flagged claims ({flaggedBands.length + flaggedFactors.length})</a>
          </li>
          <li>
            <a href="#sources">The sources ({sources.length})</a>
          </li>
          {sources
            .filter(({ source }) => source.profile)
            .map(({ source }) => (
              <li key={source.id}>
                <a href={`#source-${source.id}`}>{source.publisher}</a>
              </li>
            ))}
          <li>
            <a href="#exchange-rates">Exchange rates</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="disagreements" className={styles.section}>
        <h2 id="disagreements">Where the sources disagree</h2>
        <p>
          On {disagreements.length} slices two or more sources make claims. Each claim is shown as stated and on one scale, yearly US dollars at
          the rates below; the spread is how far the highest claim&rsquo;s midpoint lies above the lowest&rsquo;s (a claim with no upper
          end counts at its lowest amount). Widest spread first.
        </p>
        <DisagreementList disagreements={disagreements} labels={labels} rates={rates.table} />
      </section>

      <section aria-labelledby="flagged" className={styles.section}>
        <h2 id="flagged">Flagged claims</h2>
        <FlaggedClaims bands={flaggedBands} factors={flaggedFactors} labels={labels} />
      </section>

      <section aria-labelledby="sources" className={styles.section}>
        <h2 id="sources">The sources</h2>
        <RecordsMethodNote />
        <p>
          The articles are the claims; the datasets are real sources held against them. Beside each article&rsquo;s claims are the survey
          records of the same slice and, for a claim about the United States, the official figures: BLS OEWS wages of the role&rsquo;s
          occupations and the H-1B filings that match it. Each dataset says what it measures, how, and what it finds about the claims.
        </p>
        <BasisNote />
        <SourceList sources={sources} labels={labels} records={view.records} claimCount={view.claimCount} />
      </section>

      <section aria-labelledby="exchange-rates" className={styles.section}>
        <h2 id="exchange-rates">Exchange rates</h2>
        <p>
          Amounts in other currencies are converted with one fixed table, the yearly rates the CC0 aijobs.net salary dataset used for{" "}
          {rates.table.date}, so article claims and survey records convert alike.
        </p>
        <ExchangeRates rates={rates} />
      </section>
    </>
  );
}
