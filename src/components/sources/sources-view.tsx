import type { ExplorerData } from "@/lib/explorer/explorer-data";
import type { Factor } from "@/lib/domain";
import type { Source } from "@/lib/domain";
import { disagreements } from "@/lib/explorer/slices";
import { DisagreementList } from "./disagreement-list";
import { ExchangeRates } from "./exchange-rates";
import { FlaggedClaims } from "./flagged-claims";
import { SourceList } from "./source-list";
import styles from "./sources.module.css";
import type { RecordsBeside } from "@/lib/explorer/records-check";
import { RecordsMethodNote } from "@/components/bands/records-beside";

export function SourcesView({
  data,
  sources,
  factors,
  records,
}: {
  data: ExplorerData;
  sources: Source[];
  factors: Factor[];
  records: Map<string, RecordsBeside>;
}) {
  const { bands, labels, rates } = data;
  const disputed = disagreements(bands, rates.table);
  const flaggedBands = bands.filter((band) => band.flags.length > 0);
  const flaggedFactors = factors.filter((factor) => factor.flags.length > 0);
  const withClaims = sources.map((source) => ({
    source,
    bands: bands.filter((band) => band.source.id === source.id),
    factors: factors.filter((factor) => factor.source.id === source.id),
  }));

  return (
    <>
      <h1>Sources, and where they disagree</h1>
      <p className="lede">
        Every figure on this site is a claim quoted from one of these {sources.length} sources, kept as written. Where two sources speak about
        the same slice, both claims stay and the gap between them is measured; where a number looks wrong, it is flagged with the reason.
      </p>
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          <li>
            <a href="#disagreements">Where the sources disagree ({disputed.length})</a>
          </li>
          <li>
            <a href="#flagged">Flagged claims ({flaggedBands.length + flaggedFactors.length})</a>
          </li>
          <li>
            <a href="#sources">The sources ({sources.length})</a>
          </li>
          <li>
            <a href="#exchange-rates">Exchange rates</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="disagreements" className={styles.section}>
        <h2 id="disagreements">Where the sources disagree</h2>
        <p>
          On {disputed.length} slices two or more sources make claims. Each claim is shown as stated and on one scale, yearly US dollars at
          the rates below; the spread is how far the highest claim&rsquo;s midpoint lies above the lowest&rsquo;s (a claim with no upper
          end counts at its lowest amount). Widest spread first.
        </p>
        <DisagreementList disagreements={disputed} labels={labels} rates={rates.table} />
      </section>

      <section aria-labelledby="flagged" className={styles.section}>
        <h2 id="flagged">Flagged claims</h2>
        <FlaggedClaims bands={flaggedBands} factors={flaggedFactors} labels={labels} />
      </section>

      <section aria-labelledby="sources" className={styles.section}>
        <h2 id="sources">The sources</h2>
        <RecordsMethodNote />
        <SourceList sources={withClaims} labels={labels} records={records} />
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
