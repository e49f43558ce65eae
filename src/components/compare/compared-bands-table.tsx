import Link from "next/link";
import { FlagBadges } from "@/components/bands/flag-badges";
import explorerStyles from "@/components/explorer/explorer.module.css";
import { PppBeside } from "@/components/ppp/ppp-amount";
import type { Band } from "@/lib/domain";
import type { VocabularyLabels } from "@/lib/domain";
import { bandRange } from "@/lib/explorer/band-facts";
import { comparedName, type ComparedValue } from "@/lib/explorer/compare";
import { locationLabel, shortSourceTitle, valueLabel } from "@/lib/explorer/labels";
import { bandHref } from "@/lib/explorer/band-href";
import { bandViewHref } from "@/lib/url-state/bands";
import { explorerFilters, type CompareFilters } from "@/lib/url-state/compare";
import { formatAmount, formatInternationalDollars, formatRange } from "@/lib/salary-model";
import styles from "./compare.module.css";

/** One compared value's claims, each in the display currency and as stated, with their envelope and midpoint below. */
export function ComparedBandsTable({ compared, filters, labels }: { compared: ComparedValue<Band>; filters: CompareFilters; labels: VocabularyLabels }) {
  const name = comparedName(filters, compared.value, labels);
  const headingId = `claims-${compared.value}`;
  const explorerHref = bandViewHref("/salaries", explorerFilters(filters, compared.value));
  return (
    <section aria-labelledby={headingId} className={styles.claims}>
      <h2 id={headingId}>
        {name}: {compared.rows.length} {compared.rows.length === 1 ? "claim" : "claims"}
      </h2>
      {compared.rows.length === 0 ? (
        <p>
          The articles make no claim for {name} with these filters. Widen them in the form, or <Link href={explorerHref}>look in the explorer</Link>.
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>
              The claims for {name} in {filters.currency}; each source links to the claim&rsquo;s own page with its quote; all of them are in the <Link href={explorerHref}>explorer</Link>.
            </caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Where</th>
                <th scope="col">Pay ({filters.currency}){filters.ppp ? " and what it buys" : ""}</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {compared.rows.map(({ band, range, converted, ppp }) => (
                <tr key={band.id} data-band-row={band.id}>
                  <th scope="row">{band.level ? valueLabel("level", band.level, labels) : "Any level"}</th>
                  <td>
                    {[band.company ? valueLabel("company", band.company, labels) : null, locationLabel(band, labels), band.industry ? valueLabel("industry", band.industry, labels) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </td>
                  <td className="amount" data-pay>
                    {converted ? "≈ " : ""}
                    {formatRange(range)}
                    {band.measure === "average" ? <span className="measure"> average</span> : null}
                    {converted ? <span className={explorerStyles.converted}>converted from {formatRange(bandRange(band))}</span> : null}
                    <FlagBadges flags={band.flags} />
                    {ppp ? <PppBeside ppp={ppp} /> : null}
                  </td>
                  <td>
                    <a href={bandHref(band.id)}>{shortSourceTitle(band.source.title)}</a>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Range of the yearly claims
                </th>
                <td className="amount" colSpan={2}>
                  {compared.envelope ? formatRange(compared.envelope) : "none"}
                  {compared.midpoint !== null ? <span className="measure"> · midpoint {formatAmount(compared.midpoint, filters.currency)}</span> : null}
                  {compared.ppp ? (
                    <span className={styles.ppp} data-ppp-envelope>
                      {compared.ppp.envelope ? formatInternationalDollars(compared.ppp.envelope) : "no claim with a PPP factor"}
                      {compared.ppp.withoutFactor > 0 ? <span className="measure"> ({compared.ppp.withoutFactor} without a factor left out)</span> : null}
                    </span>
                  ) : null}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
