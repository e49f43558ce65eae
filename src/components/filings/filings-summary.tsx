import type { FilingsPageView } from "@/lib/official/filings-view";
import styles from "./filings.module.css";
import { formatCount } from "@/lib/salary-model";

/** The slice's offered wages with their n and source; under the small-sample rule, the n and the reason only. */
export function FilingsSummary({ view, sourceTitle }: { view: FilingsPageView; sourceTitle: string | null }) {
  return (
    <section aria-labelledby="filings-figures">
      <h2 id="filings-figures">Filed wages: {view.slice}</h2>
      <ul className="stats" aria-label="The matching filings">
        <li>
          <strong>{formatCount(view.n)}</strong> filings (n)
        </li>
        {view.figures.map((figure) => (
          <li key={figure.label}>
            <strong>{figure.value}</strong> {figure.label.toLowerCase()}
          </li>
        ))}
      </ul>
      {view.reason ? <p className={styles.reason}>No percentiles: {view.reason}.</p> : null}
      <p className={styles.source}>
        n = {formatCount(view.n)} certified H-1B Labor Condition Applications, {view.periods}
        {view.source ? (
          <>
            , from <a href={view.source.href}>{sourceTitle ?? view.source.id}</a>
          </>
        ) : null}
        . Of them: {view.unmapped.map((u) => `${u.value} ${u.label}`).join(", ")} (kept as filed, never guessed).
      </p>
    </section>
  );
}
