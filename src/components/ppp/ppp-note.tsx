import type { VocabularyLabels } from "@/lib/domain";
import { valueLabel } from "@/lib/explorer/labels";
import { PPP_ATTRIBUTION, PPP_INDICATOR, type PppFactorUsed } from "@/lib/official/ppp";
import { formatRatio } from "@/lib/salary-model";
import styles from "./ppp.module.css";

export interface PppNoteProps {
  factors: readonly PppFactorUsed[];
  withoutFactor: number;
  sourceId: string | null;
  labels: VocabularyLabels;
}

/** Under a ppp=1 view: what an international dollar is, every factor the page used with its year, and the World Bank's attribution (CC BY 4.0). */
export function PppNote({ factors, withoutFactor, sourceId, labels }: PppNoteProps) {
  return (
    <section aria-labelledby="ppp-note" className={styles.note} data-ppp-note="">
      <h2 id="ppp-note">What a salary buys: international dollars</h2>
      <p>
        An international dollar (Int$) buys in a country what a US dollar buys in the United States. Each claim in its country&rsquo;s
        currency (put there at the market rate when the source stated another) is divided by the World Bank&rsquo;s PPP conversion factor
        for private consumption ({PPP_INDICATOR}) of that country in the year of the claim&rsquo;s source. Where that year has no factor
        the nearest year within two stands in, and the row says so; a claim that names no country, or whose country has no factor near
        its year, says so instead of showing a figure. The market-rate figure stays beside it.
      </p>
      {factors.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>
              The PPP factors on this page ({factors.length}), in local currency units per international dollar{withoutFactor > 0 ? `; ${withoutFactor} ${withoutFactor === 1 ? "claim has" : "claims have"} none` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Claims of</th>
                <th scope="col">Factor</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((f) => (
                <tr key={`${f.country}-${f.year}`} data-ppp-factor={`${f.country}-${f.year}`}>
                  <th scope="row">{valueLabel("country", f.country, labels)}</th>
                  <td>{f.year}</td>
                  <td>
                    {formatRatio(f.factor)} {f.localCurrency} per Int$, {f.factorYear}
                    {f.nearestYear ? " (nearest year)" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No claim on this page has a PPP factor{withoutFactor > 0 ? ` (${withoutFactor} without one)` : ""}.</p>
      )}
      <p className={styles.attribution} data-ppp-attribution="">
        {PPP_ATTRIBUTION} {sourceId ? <a href={`/sources#source-${sourceId}`}>About this source</a> : null}
      </p>
    </section>
  );
}
