import { FlagReasons } from "@/components/bands/flag-badges";
import type { Band } from "@/lib/domain";
import type { Factor } from "@/lib/domain";
import type { VocabularyLabels } from "@/lib/domain";
import { bandRange } from "@/lib/explorer/band-facts";
import { formatPercentRange } from "@/lib/explorer/percent";
import { bandHref } from "@/lib/explorer/band-href";
import { factorKindLabel, sliceTitle } from "@/lib/explorer/source-claims";
import { formatRange } from "@/lib/salary-model";
import styles from "./sources.module.css";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}


/** Every flagged band and factor, with each flag's reason and a link to the claim. */
export function FlaggedClaims({ bands, factors, labels }: { bands: Band[]; factors: Factor[]; labels: VocabularyLabels }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>
          {count(bands.length, "band")} and {count(factors.length, "factor")} are flagged. They are kept as their source wrote them; each flag says
          why to doubt them.
        </caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">As stated</th>
            <th scope="col">Flags and reasons</th>
            <th scope="col">Read it</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.id} data-flagged-claim={band.id}>
              <th scope="row">{sliceTitle(band, labels)}</th>
              <td className="amount">{formatRange(bandRange(band))}</td>
              <td>
                <FlagReasons className={styles.reasons} flags={band.flags} />
              </td>
              <td>
                <a href={bandHref(band.id)}>its page</a>
              </td>
            </tr>
          ))}
          {factors.map((factor) => (
            <tr key={factor.id} data-flagged-claim={factor.id}>
              <th scope="row">
                {factorKindLabel(factor.kind)}: {factor.scope}
              </th>
              <td className="amount">{formatPercentRange(factor.lowPct, factor.highPct)}</td>
              <td>
                <FlagReasons className={styles.reasons} flags={factor.flags} />
              </td>
              <td>
                <a href={`#factor-${factor.id}`}>with its source</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
