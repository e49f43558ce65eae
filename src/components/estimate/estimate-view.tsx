import { RangeChart } from "@/components/charts/range-chart";
import { chartImageSrc } from "@/components/charts/chart-image";
import { CopyLinkButton } from "@/components/explorer/copy-link-button";
import { LinkList } from "@/components/layout/link-list";
import explorerStyles from "@/components/explorer/explorer.module.css";
import { PppNote } from "@/components/ppp/ppp-note";
import { OfficialBeside } from "@/components/official/official-beside";
import { ExchangeRates } from "@/components/sources/exchange-rates";
import { TIER_RULES } from "@/lib/estimate/base";
import { ESTIMATE_PATH, type EstimatePageView } from "@/lib/estimate/estimate-page-view";
import { factorTitle } from "@/lib/estimate/factor-text";
import type { Estimate } from "@/lib/estimate/types";
import type { OfficialBesideView } from "@/lib/official/beside-view";
import { formatInternationalDollars, formatRange } from "@/lib/salary-model";
import { AdjustmentSteps } from "./adjustment-steps";
import { BaseSources } from "./base-sources";
import { EstimateForm } from "./estimate-form";
import styles from "./estimate.module.css";

function EstimateResult({ estimate, view, official }: { estimate: Estimate; view: EstimatePageView; official: OfficialBesideView }) {
  const { display, range, notes, sources, steps, tier } = estimate;
  const { bandCount, chart, href, rates, ppp } = view;
  const pay = estimate.input.basis === "total" ? "total pay" : "base salary";
  return (
    <>
      <div className={explorerStyles.toolbar}>
        <p className={explorerStyles.summary} role="status">
          {bandCount} {bandCount === 1 ? "band" : "bands"} from {sources.length} {sources.length === 1 ? "source" : "sources"}, {steps.length}{" "}
          {steps.length === 1 ? "adjustment" : "adjustments"}
        </p>
        <div className={explorerStyles.linkBox}>
          <a href={href}>Link to this estimate</a>
          <CopyLinkButton href={href} />
        </div>
      </div>
      <section aria-labelledby="result-heading" className={styles.result}>
        <h2 id="result-heading">Estimated {pay}, per year</h2>
        {display && range && tier ? (
          <>
            <p className={styles.figure} data-estimate="">
              {formatRange(display)}
            </p>
            {display.currency !== range.currency ? (
              <p>
                ≈ converted from <strong>{formatRange(range)}</strong> at the exchange rates of {rates.table.date} ({rates.source.title})
              </p>
            ) : null}
            {ppp ? (
              <p data-ppp-estimate="">
                {ppp.range ? (
                  <>
                    What it buys: <strong>{formatInternationalDollars(ppp.range)}</strong> in international dollars, each source&rsquo;s result
                    divided by the PPP factor of its country and year (<a href="#ppp-note">the factors</a>).
                  </>
                ) : (
                  <>What it buys in international dollars cannot be said: {ppp.reason}.</>
                )}
              </p>
            ) : null}
            <p>
              From {TIER_RULES[tier]}
              {steps.length > 0 ? `, then ${steps.map((step) => factorTitle(step.factor.kind).toLowerCase()).join(", ")}` : ", with no adjustment"}. Every step
              and its source is below.
            </p>
          </>
        ) : (
          <p>No band fits these choices. Try fewer of them.</p>
        )}
        {notes.length > 0 ? (
          <div className={styles.notes}>
            <h3>Read before relying on it</h3>
            <ul>
              {notes.map((note) => (
                <li key={note.text} data-note={note.code}>
                  {note.text}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      {chart ? <RangeChart {...chart} src={chartImageSrc(href)} /> : null}
      <BaseSources estimate={estimate} labels={view.labels} ppp={ppp?.bands ?? null} />
      <AdjustmentSteps estimate={estimate} />
      {ppp ? <PppNote {...ppp.summary} labels={view.labels} /> : null}
      {official.claims.length > 0 ? <OfficialBeside view={official} id="official" headingLevel={2} /> : null}
      <details className={explorerStyles.rates}>
        <summary>Exchange rates of {rates.table.date}, and how they were derived</summary>
        <ExchangeRates rates={rates} />
      </details>
    </>
  );
}

/** `official`: the official US figures beside the base bands. */
export function EstimateView({ view, official }: { view: EstimatePageView; official: OfficialBesideView }) {
  return (
    <div className={explorerStyles.layout}>
      <aside aria-label="Your situation">
        <EstimateForm key={view.href} action={ESTIMATE_PATH} {...view.form} />
      </aside>
      <section aria-label="Estimate">
        {view.estimate ? (
          <EstimateResult estimate={view.estimate} view={view} official={official} />
        ) : (
          <div className={explorerStyles.empty}>
            <h2>Start with your level or years of experience</h2>
            <p>Fill in what you know; everything else can stay empty. Or open one of these:</p>
            <LinkList links={view.examples} />
          </div>
        )}
      </section>
    </div>
  );
}
