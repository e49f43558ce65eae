import { FlagBadges } from "@/components/bands/flag-badges";
import { PppBeside } from "@/components/ppp/ppp-amount";
import type { VocabularyLabels } from "@/lib/domain";
import { TIER_RULES } from "@/lib/estimate/base";
import { TIER_IDS, type Estimate } from "@/lib/estimate/types";
import { locationLabel, valueLabel } from "@/lib/explorer/labels";
import type { PppRange } from "@/lib/official/ppp";
import { formatRange } from "@/lib/salary-model";
import styles from "./estimate.module.css";

/** Step 1: the matching rule with the rung that was used, and each source's bands with their quotes; with ppp=1 what each claim buys. */
export function BaseSources({ estimate, labels, ppp }: { estimate: Estimate; labels: VocabularyLabels; ppp: ReadonlyMap<string, PppRange> | null }) {
  const { tier, missed, sources, base } = estimate;
  return (
    <section aria-labelledby="base-heading" className={styles.section}>
      <h2 id="base-heading">1. Base: the bands that match</h2>
      <p>
        The rule, most specific first. Yearly pay for the role only: freelance day and hour rates are not salaries. With total pay asked
        for, a band that states total pay comes before base pay plus a bonus.
      </p>
      <ol className={styles.rule}>
        {TIER_IDS.map((id) => (
          <li key={id} aria-current={id === tier ? "step" : undefined}>
            {TIER_RULES[id]}
            {id === tier ? <strong> ← used</strong> : null}
          </li>
        ))}
      </ol>
      {missed.length > 0 ? (
        <ul className={styles.missed}>
          {missed.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {sources.map((source) => (
        <article key={source.source.id} className={styles.source} aria-labelledby={`source-${source.source.id}`}>
          <h3 id={`source-${source.source.id}`}>{source.source.title}</h3>
          <p>
            This source&rsquo;s base: <strong className={styles.amount}>{source.range ? formatRange(source.range) : "none counted"}</strong>
            {source.result && estimate.steps.length > 0 ? (
              <>
                ; after the adjustments: <strong className={styles.amount}>{formatRange(source.result)}</strong>
              </>
            ) : null}
          </p>
          <div className="table-scroll">
            <table>
              <caption>Its bands for this slice{source.bands.some((row) => row.converted) ? `, converted to ${source.range?.currency ?? ""}` : ""}</caption>
              <thead>
                <tr>
                  <th scope="col">Band</th>
                  <th scope="col">Claim</th>
                  <th scope="col">Quote</th>
                </tr>
              </thead>
              <tbody>
                {source.bands.map(({ band, claimed, range, converted, counted }) => {
                  const intl = ppp?.get(band.id);
                  return (
                    <tr key={band.id} id={`band-${band.id}`}>
                      <th scope="row">
                        <code>{band.id}</code>
                        <span className="measure">
                          {[
                            band.level ? valueLabel("level", band.level, labels) : "All levels",
                            band.company ? valueLabel("company", band.company, labels) : locationLabel(band, labels),
                            band.industry ? valueLabel("industry", band.industry, labels) : null,
                            band.basis === "total" ? "total pay" : "base salary",
                            band.measure === "average" ? "average" : null,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </span>
                      </th>
                      <td className="amount">
                        {formatRange(claimed)}
                        {converted ? <span className="measure">≈ {formatRange(range)}</span> : null}
                        {counted ? null : <span className="measure">left out of the base</span>}
                        <FlagBadges flags={band.flags} />
                        {intl ? <PppBeside ppp={intl} /> : null}
                      </td>
                      <td className="quote">&ldquo;{band.quote}&rdquo;</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </article>
      ))}
      {base && sources.length > 1 ? (
        <p>
          Base: <strong className={styles.amount}>{formatRange(base)}</strong>, the envelope of the {sources.length} sources (lowest floor to
          highest top), not an average of them.
        </p>
      ) : null}
    </section>
  );
}
