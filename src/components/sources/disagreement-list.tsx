import { FlagBadges } from "@/components/bands/flag-badges";
import type { Band } from "@/lib/domain";
import type { VocabularyLabels } from "@/lib/domain";
import { bandRange, comparableUsd } from "@/lib/explorer/band-facts";
import { shortSourceTitle } from "@/lib/explorer/labels";
import type { Disagreement } from "@/lib/explorer/slices";
import { bandHref } from "@/lib/explorer/band-href";
import { sliceTitle } from "@/lib/explorer/source-claims";
import { formatRange, type RateTable } from "@/lib/salary-model";
import styles from "./sources.module.css";

/** Every slice two or more sources make claims about: the claims side by side, as stated and on one yearly US-dollar scale, with the spread. */
export function DisagreementList({ disagreements, labels, rates }: { disagreements: Disagreement<Band>[]; labels: VocabularyLabels; rates: RateTable }) {
  return (
    <ol className={styles.cards}>
      {disagreements.map(({ key, claims, spreadPct }, index) => {
        const headingId = `disagreement-${index + 1}`;
        const [first] = claims;
        if (!first) return null;
        return (
          <li key={key} className={styles.card} data-disagreement={key}>
            <h3 id={headingId}>{sliceTitle(first, labels)}</h3>
            <p className={styles.sideBySide}>
              {claims.map((claim, i) => (
                <span key={claim.id}>
                  {i > 0 ? <span className={styles.vs}> vs </span> : null}
                  <span className={styles.claim}>{formatRange(bandRange(claim))}</span>
                </span>
              ))}
            </p>
            <p>
              Spread: <strong data-spread>{Math.round(spreadPct)}%</strong> from the lowest claim&rsquo;s midpoint to the highest&rsquo;s
              (yearly US dollars).
            </p>
            <div className="table-scroll">
              <table aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">Source</th>
                    <th scope="col">As stated</th>
                    <th scope="col">Yearly USD</th>
                  </tr>
                </thead>
                <tbody>
                  {claims.map((claim) => {
                    const usd = comparableUsd(claim, rates);
                    const same = claim.currency === "USD" && claim.period === "year";
                    return (
                      <tr key={claim.id} data-claim={claim.id}>
                        <th scope="row">
                          <a href={bandHref(claim.id)}>{shortSourceTitle(claim.source.title)}</a>
                        </th>
                        <td className="amount">
                          {formatRange(bandRange(claim))}
                          <FlagBadges flags={claim.flags} />
                        </td>
                        <td className="amount">
                          {same ? "" : "≈ "}
                          {formatRange(usd)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
