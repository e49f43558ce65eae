import type { ReactNode } from "react";
import type { Band } from "@/lib/domain";
import type { VocabularyLabels } from "@/lib/domain";
import { comparedName, differenceSentence, type ComparedValue } from "@/lib/explorer/compare";
import { FILTER_TITLES } from "@/lib/explorer/labels";
import { formatSignedPercent } from "@/lib/explorer/percent";
import type { CompareFilters } from "@/lib/url-state/compare";
import { formatAmount, formatInternationalAmount, formatInternationalDollars, formatRange } from "@/lib/salary-model";
import styles from "./compare.module.css";

/** "≈ " when some of the value's amounts were converted into the display currency. */
function approx(value: ComparedValue<Band>): string {
  return value.rows.some((row) => row.converted) ? "≈ " : "";
}

/** The ppp=1 line under a market-rate figure; nothing in a view without it. */
function InternationalDollars({ children }: { children: ReactNode }) {
  return (
    <span className={styles.ppp} data-ppp>
      {children}
    </span>
  );
}

/** Why a value has no percent difference, in words. */
function noMidpoint(value: ComparedValue<Band>, name: string): string {
  return value.envelope === null
    ? `the articles give no yearly claim for ${name}`
    : `the claims for ${name} never state both a lowest and a highest amount, so their range has no midpoint`;
}

/** Each value's envelope and midpoint as a table, then how each compares with the first, in words. */
export function ComparisonSummary({ compared, filters, labels }: { compared: ComparedValue<Band>[]; filters: CompareFilters; labels: VocabularyLabels }) {
  const [baseline, ...others] = compared;
  if (!baseline) return null;
  const name = (value: ComparedValue<Band>) => comparedName(filters, value.value, labels);
  const baselineName = name(baseline);
  return (
    <section aria-labelledby="compare-summary">
      <h2 id="compare-summary">How they compare</h2>
      <div className="table-scroll">
        <table>
          <caption>
            Each {filters.by}&rsquo;s yearly claims in {filters.currency}
            {filters.ppp ? " and, below, in international dollars" : ""}: from the lowest to the highest amount stated, and the middle of that
            range
          </caption>
          <thead>
            <tr>
              <th scope="col">{FILTER_TITLES[filters.by]}</th>
              <th scope="col">Claims</th>
              <th scope="col">Range of the claims</th>
              <th scope="col">Midpoint</th>
              <th scope="col">Compared with {baselineName}</th>
            </tr>
          </thead>
          <tbody>
            {compared.map((value) => (
              <tr key={value.value} data-compared={value.value}>
                <th scope="row">{name(value)}</th>
                <td className="amount">{value.rows.length}</td>
                <td className="amount">
                  {value.envelope ? `${approx(value)}${formatRange(value.envelope)}` : "—"}
                  {value.ppp ? (
                    <InternationalDollars>
                      {value.ppp.envelope ? formatInternationalDollars(value.ppp.envelope) : "no PPP factor"}
                      {value.ppp.withoutFactor > 0 ? <span className="measure"> ({value.ppp.counted} of {value.ppp.counted + value.ppp.withoutFactor} claims)</span> : null}
                    </InternationalDollars>
                  ) : null}
                </td>
                <td className="amount">
                  {value.midpoint === null ? "—" : `${approx(value)}${formatAmount(value.midpoint, filters.currency)}`}
                  {value.ppp ? <InternationalDollars>{value.ppp.midpoint === null ? "—" : formatInternationalAmount(value.ppp.midpoint)}</InternationalDollars> : null}
                </td>
                <td className="amount">
                  {value === baseline ? "baseline" : value.differencePct === null ? "—" : formatSignedPercent(value.differencePct)}
                  {value.ppp && value !== baseline ? (
                    <InternationalDollars>{value.ppp.differencePct === null ? "—" : `${formatSignedPercent(value.ppp.differencePct)} in Int$`}</InternationalDollars>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.differences}>
        {others.map((value) => (
          <li key={value.value} data-difference={value.value}>
            {value.differencePct !== null && value.midpoint !== null && baseline.midpoint !== null ? (
              <>
                <strong>{differenceSentence(name(value), baselineName, value.differencePct)}</strong> (midpoints of the ranges the articles
                give: {formatAmount(value.midpoint, filters.currency)} vs {formatAmount(baseline.midpoint, filters.currency)}).
              </>
            ) : (
              <>
                {name(value)} and {baselineName} cannot be compared in percent:{" "}
                {baseline.midpoint === null ? noMidpoint(baseline, baselineName) : noMidpoint(value, name(value))}.
              </>
            )}
            {value.ppp && baseline.ppp ? (
              <>
                {" "}
                {value.ppp.differencePct !== null && value.ppp.midpoint !== null && baseline.ppp.midpoint !== null ? (
                  <span data-ppp-difference={value.value}>
                    In what it buys (international dollars): {differenceSentence(name(value), baselineName, value.ppp.differencePct)} (
                    {formatInternationalAmount(value.ppp.midpoint)} vs {formatInternationalAmount(baseline.ppp.midpoint)}).
                  </span>
                ) : (
                  <span data-ppp-difference={value.value}>In international dollars they cannot be compared: a midpoint or a PPP factor is missing.</span>
                )}
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className={styles.method}>
        A range runs from the lowest to the highest amount any claim states; a &ldquo;+&rdquo; means some claim names no upper limit, and
        the midpoint then stops at the highest stated amount. Day and hour rates and claims flagged implausible are listed below but not
        counted.
      </p>
    </section>
  );
}
