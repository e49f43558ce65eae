import { FlagBadges } from "@/components/bands/flag-badges";
import type { Estimate, UnusedFactor } from "@/lib/estimate/types";
import { formatPercentRange } from "@/lib/explorer/percent";
import { formatRange } from "@/lib/salary-model";
import styles from "./estimate.module.css";
import { factorTitle, stepChange } from "@/lib/estimate/factor-text";

function Quote({ factor }: { factor: UnusedFactor["factor"] }) {
  return (
    <>
      <span className="quote">&ldquo;{factor.quote}&rdquo;</span>
      <span className="measure">
        {factor.source.title} · <code>{factor.id}</code>
      </span>
      <FlagBadges flags={factor.flags} />
    </>
  );
}

function UnusedList({ items }: { items: UnusedFactor[] }) {
  return (
    <ul className={styles.unused}>
      {items.map(({ factor, reason }) => (
        <li key={factor.id}>
          <strong>
            {factorTitle(factor.kind)}, {formatPercentRange(factor.lowPct, factor.highPct, 1)}
          </strong>
          : {reason}
          <Quote factor={factor} />
        </li>
      ))}
    </ul>
  );
}

/** Steps 2 and 3: each adjustment with its source, quote and the range after it; what was not applied and why. */
export function AdjustmentSteps({ estimate }: { estimate: Estimate }) {
  const { base, steps, skipped, context, range } = estimate;
  if (base === null || range === null) return null;
  return (
    <>
      <section aria-labelledby="steps-heading" className={styles.section}>
        <h2 id="steps-heading">2. Adjustments</h2>
        <div className="table-scroll">
          <table>
            <caption>
              {steps.length === 0
                ? "No adjustment fits: the estimate is the base."
                : "Each factor moves the bottom of the range by its low percentage and the top by its high one (salary-model's interval arithmetic)."}
            </caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Change</th>
                <th scope="col">Range after</th>
                <th scope="col">Source and quote</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Base</th>
                <td />
                <td className="amount">{formatRange(base)}</td>
                <td>The bands above</td>
              </tr>
              {steps.map((step) => (
                <tr key={step.factor.id} data-step={step.factor.kind}>
                  <th scope="row">{factorTitle(step.factor.kind)}</th>
                  <td className="amount">{stepChange(step)}</td>
                  <td className="amount">{formatRange(step.after)}</td>
                  <td>
                    <Quote factor={step.factor} />
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">Estimate</th>
                <td />
                <td className="amount">
                  <strong>{formatRange(range)}</strong>
                </td>
                <td />
              </tr>
            </tbody>
          </table>
        </div>
        {skipped.length > 0 ? (
          <>
            <h3>Not applied</h3>
            <UnusedList items={skipped} />
          </>
        ) : null}
      </section>
      {context.length > 0 ? (
        <section aria-labelledby="context-heading" className={styles.section}>
          <h2 id="context-heading">3. For context, never applied</h2>
          <UnusedList items={context} />
        </section>
      ) : null}
    </>
  );
}
