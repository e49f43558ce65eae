import Link from "next/link";
import { RangeChart } from "@/components/charts/range-chart";
import { chartImageSrc } from "@/components/charts/chart-image";
import { CopyLinkButton } from "@/components/explorer/copy-link-button";
import { LinkList } from "@/components/layout/link-list";
import explorerStyles from "@/components/explorer/explorer.module.css";
import { PppNote } from "@/components/ppp/ppp-note";
import { OfficialBeside } from "@/components/official/official-beside";
import { ExchangeRates } from "@/components/sources/exchange-rates";
import { COMPARE_PATH, type ComparisonView } from "@/lib/explorer/comparison-view";
import type { OfficialBesideView } from "@/lib/official/beside-view";
import { CompareForm } from "./compare-form";
import { ComparedBandsTable } from "./compared-bands-table";
import { ComparisonSummary } from "./comparison-summary";
import styles from "./compare.module.css";

export function CompareView({ view, official }: { view: ComparisonView; official: OfficialBesideView }) {
  const { filters, compared, plural, labels, rates, href, chart } = view;
  return (
    <>
      <nav aria-label="Compare by" className={styles.dimensions}>
        <span>Compare:</span>
        <ul>
          {view.dimensions.map((dimension) => (
            <li key={dimension.by}>
              <Link href={dimension.href} aria-current={dimension.current ? "true" : undefined}>
                {dimension.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={explorerStyles.layout}>
        <aside aria-label="What to compare">
          <CompareForm key={href} action={COMPARE_PATH} by={filters.by} basis={filters.basis} currency={filters.currency} ppp={filters.ppp} {...view.form} />
        </aside>
        <section aria-label="Comparison">
          <div className={explorerStyles.toolbar}>
            <p className={explorerStyles.summary} role="status">
              {compared.length} {compared.length === 1 ? filters.by : plural}, {view.rowCount} claims, in {filters.currency}
              {filters.ppp ? " and in international dollars" : ""}
            </p>
            <div className={explorerStyles.linkBox}>
              <a href={href}>Link to this comparison</a>
              <CopyLinkButton href={href} />
            </div>
          </div>
          {chart ? (
            <>
              <ComparisonSummary compared={compared} filters={filters} labels={labels} />
              <RangeChart {...chart} src={chartImageSrc(href)} />
            </>
          ) : (
            <div className={explorerStyles.empty}>
              <h2>
                Pick {compared.length === 0 ? "two to four" : "at least one more of the"} {plural} to compare
              </h2>
              <p>Tick them in the form. Or start from one of these comparisons:</p>
              <LinkList links={view.suggestions} />
            </div>
          )}
          {compared.map((value) => (
            <ComparedBandsTable key={value.value} compared={value} filters={filters} labels={labels} />
          ))}
          {view.ppp ? <PppNote {...view.ppp} labels={labels} /> : null}
          {official.claims.length > 0 ? <OfficialBeside view={official} id="official" headingLevel={2} /> : null}
          <details className={explorerStyles.rates}>
            <summary>Exchange rates of {rates.table.date}, and how they were derived</summary>
            <ExchangeRates rates={rates} />
          </details>
        </section>
      </div>
    </>
  );
}
