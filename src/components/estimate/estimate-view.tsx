import Link from "next/link";
import { RangeChart, type RangeBar } from "@/components/charts/range-chart";
import { CopyLinkButton } from "@/components/explorer/copy-link-button";
import explorerStyles from "@/components/explorer/explorer.module.css";
import { IgnoredParamsNotice } from "@/components/url-state/ignored-params-notice";
import { ExchangeRates } from "@/components/sources/exchange-rates";
import type { EstimatePageData } from "@/lib/estimate/types";
import { TIER_RULES } from "@/lib/estimate/base";
import { describeEstimate } from "@/lib/estimate/describe";
import { estimateSalary } from "@/lib/estimate/estimate";
import { PREMIUM_DOMAINS, TECH_HUBS } from "@/lib/estimate/factors";
import type { Estimate } from "@/lib/estimate/types";
import { shortSourceTitle, valueLabel } from "@/lib/explorer/labels";
import type { IgnoredParam } from "@/lib/url-state/params";
import { emptyEstimateInput, estimateHref, MAX_YEARS, missingEstimateParams, type EstimateInput } from "@/lib/url-state/estimate";
import { convertRange, formatRange, type MoneyRange, type RateTable } from "@/lib/salary-model";
import { AdjustmentSteps } from "./adjustment-steps";
import { BaseSources } from "./base-sources";
import { EstimateForm, type Choice } from "./estimate-form";
import styles from "./estimate.module.css";
import { factorTitle } from "./factor-text";
import { barEnds } from "@/components/charts/bar-ends";

const PATH = "/estimate";

/** Estimates a newcomer can open before filling anything in; they are also the cases the tests compute by hand. */
const EXAMPLES: EstimateInput[] = [
  { ...emptyEstimateInput(), level: "senior", company: "google", basis: "total" },
  { ...emptyEstimateInput(), level: "mid", country: "US", city: "new-york", industry: "finance" },
  { ...emptyEstimateInput(), level: "junior", country: "IN", currency: "USD" },
  { ...emptyEstimateInput(), role: "data-scientist", level: "mid", country: "US" },
];

/** Base (each source, and their envelope when several), each adjustment, result: one bar each, in the shown currency. */
function stepBars(estimate: Estimate, shownIn: string, rates: RateTable): RangeBar[] {
  const bar = (id: string, label: string, group: string, range: MoneyRange, flagged = false): RangeBar => {
    const shown = range.currency === shownIn ? range : convertRange(range, shownIn, rates);
    return { id, label, group, ...barEnds(shown), flagged, converted: range.currency !== shownIn };
  };
  const { sources, base, steps, range } = estimate;
  return [
    ...sources.flatMap((source) =>
      source.range ? [bar(`base-${source.source.id}`, shortSourceTitle(source.source.title), "Base", source.range, source.bands.some((row) => row.band.flags.length > 0))] : [],
    ),
    ...(base && sources.length > 1 ? [bar("base", "Envelope of the sources", "Base", base)] : []),
    ...steps.map((step) => bar(`step-${step.factor.id}`, `${step.inverted ? "÷" : "+"} ${factorTitle(step.factor.kind)}`, "Adjustments", step.after)),
    ...(range ? [bar("result", "Estimate", "Result", range)] : []),
  ];
}

function EstimateResult({ estimate, data, href }: { estimate: Estimate; data: EstimatePageData; href: string }) {
  const { display, range, notes, sources, steps, tier } = estimate;
  const bandCount = sources.reduce((sum, source) => sum + source.bands.length, 0);
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
                ≈ converted from <strong>{formatRange(range)}</strong> at the exchange rates of {data.rates.table.date} ({data.rates.source.title})
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
      {display ? (
        <RangeChart
          bars={stepBars(estimate, display.currency ?? "USD", data.rates.table)}
          currency={display.currency ?? "USD"}
          title={`From base to estimate, per year, in ${display.currency}`}
        />
      ) : null}
      <BaseSources estimate={estimate} labels={data.labels} />
      <AdjustmentSteps estimate={estimate} />
      <details className={explorerStyles.rates}>
        <summary>Exchange rates of {data.rates.table.date}, and how they were derived</summary>
        <ExchangeRates rates={data.rates} />
      </details>
    </>
  );
}

export function EstimateView({ data, input, ignored }: { data: EstimatePageData; input: EstimateInput; ignored: IgnoredParam[] }) {
  const { labels, vocabulary } = data;
  const view = describeEstimate(input, labels);
  const href = estimateHref(PATH, input);
  const estimate = missingEstimateParams(input).length === 0 ? estimateSalary(input, data.estimator) : null;
  const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label);
  const rank = (level: string) => labels.levels.get(level)?.rank ?? 0;

  return (
    <>
      <h1>{view.title}</h1>
      <p className="lede">
        An estimated pay range for your situation, built step by step from published salary bands and premiums. Every number names its
        source and quote, and whatever was left out says why. The address of the page is the estimate, so you can share it.
      </p>
      <IgnoredParamsNotice ignored={ignored} />
      <div className={explorerStyles.layout}>
        <aside aria-label="Your situation">
          <EstimateForm
            key={href}
            action={PATH}
            role={{
              name: "role",
              label: "Role",
              options: [
                { value: "ml-engineer", label: "Machine learning engineer" },
                { value: "data-scientist", label: "Data scientist" },
              ],
              value: input.role,
            }}
            level={{
              name: "level",
              label: "Level",
              none: "Not sure: use years",
              options: [...vocabulary.level].sort((a, b) => rank(a) - rank(b)).map((id) => ({ value: id, label: valueLabel("level", id, labels) })),
              value: input.level ?? "",
            }}
            years={input.years}
            maxYears={MAX_YEARS}
            situation={[
              {
                name: "country",
                label: "Country",
                none: "Anywhere",
                options: vocabulary.country.map((code) => ({ value: code, label: valueLabel("country", code, labels) })).sort(byName),
                value: input.country ?? "",
              },
              {
                name: "city",
                label: "City or tech hub",
                none: "No particular city",
                options: vocabulary.city
                  .map((id) => ({ value: id, label: `${valueLabel("city", id, labels)}${TECH_HUBS.ids.includes(id) ? " · tech hub" : ""}` }))
                  .sort(byName),
                value: input.city ?? "",
                hint: "Its country comes with it.",
              },
              {
                name: "industry",
                label: "Industry",
                none: "Not stated",
                options: vocabulary.industry
                  .map((id) => ({ value: id, label: `${valueLabel("industry", id, labels)}${PREMIUM_DOMAINS.ids.includes(id) ? " · high-paying" : ""}` }))
                  .sort(byName),
                value: input.industry ?? "",
              },
              {
                name: "company",
                label: "Company",
                none: "None of these",
                options: vocabulary.company.map((id) => ({ value: id, label: valueLabel("company", id, labels) })).sort(byName),
                value: input.company ?? "",
              },
            ]}
            total={input.basis === "total"}
            currency={{
              name: "currency",
              label: "Show in currency",
              none: "The sources’ own",
              options: vocabulary.currency.map((code) => ({ value: code, label: `${code} · ${labels.currencies.get(code) ?? code}` })),
              value: input.currency ?? "",
            }}
          />
        </aside>
        <section aria-label="Estimate">
          {estimate ? (
            <EstimateResult estimate={estimate} data={data} href={href} />
          ) : (
            <div className={explorerStyles.empty}>
              <h2>Start with your level or years of experience</h2>
              <p>Fill in what you know; everything else can stay empty. Or open one of these:</p>
              <ul>
                {EXAMPLES.map((example) => (
                  <li key={estimateHref(PATH, example)}>
                    <Link href={estimateHref(PATH, example)}>{describeEstimate(example, labels).title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
