import type { Rates, VocabularyLabels } from "@/lib/domain";
import type { PppSummary } from "@/lib/explorer/explorer-view";
import { pppFactorsUsed, type PppData } from "@/lib/official/ppp";
import { shortSourceTitle, valueLabel } from "@/lib/explorer/labels";
import { barEnds, type RangeBar, type RangeChartSpec } from "@/lib/explorer/range-bar";
import { convertRange, type MoneyRange, type RateTable } from "@/lib/salary-model";
import { emptyEstimateInput, estimateHref, MAX_YEARS, missingEstimateParams, type EstimateInput } from "@/lib/url-state/estimate";
import { describeEstimate } from "./describe";
import { estimateSalary } from "./estimate";
import { factorTitle } from "./factor-text";
import { estimateInInternationalDollars, type EstimateInInternationalDollars } from "./international-dollars";
import { PREMIUM_DOMAINS, TECH_HUBS } from "./factors";
import type { Estimate, EstimatePageData } from "./types";

export const ESTIMATE_PATH = "/estimate";

interface Choice {
  value: string;
  label: string;
}

/** A select's options and its current value; `none` names an empty first option ("" in the URL: no choice). */
export interface SelectSpec {
  name: string;
  label: string;
  none?: string;
  options: Choice[];
  value: string;
  hint?: string;
}

export interface EstimateFormFields {
  role: SelectSpec;
  level: SelectSpec;
  years: number | null;
  maxYears: number;
  /** Country, city, industry, company. */
  situation: SelectSpec[];
  total: boolean;
  currency: SelectSpec;
  ppp: boolean;
}

export interface EstimatePageView {
  title: string;
  href: string;
  form: EstimateFormFields;
  /** Null until the input says enough to estimate. */
  estimate: Estimate | null;
  /** Bands behind the estimate, across its sources. */
  bandCount: number;
  /** Null when nothing was estimated. */
  chart: RangeChartSpec | null;
  /** Estimates a newcomer can open before filling anything in. */
  examples: { href: string; text: string }[];
  labels: VocabularyLabels;
  rates: Rates;
  /** With ppp=1 and an estimate: it in international dollars, and the factors used. */
  ppp: (EstimateInInternationalDollars & { summary: PppSummary }) | null;
}

/** They are also the cases the tests compute by hand. */
const EXAMPLES: EstimateInput[] = [
  { ...emptyEstimateInput(), level: "senior", company: "google", basis: "total" },
  { ...emptyEstimateInput(), level: "mid", country: "US", city: "new-york", industry: "finance" },
  { ...emptyEstimateInput(), level: "junior", country: "IN", currency: "USD" },
  { ...emptyEstimateInput(), role: "data-scientist", level: "mid", country: "US" },
];

/** `ppp`: the PPP data (loadPppData), needed when `input.ppp`. */
export function estimatePageView(data: EstimatePageData, input: EstimateInput, ppp: PppData | null = null): EstimatePageView {
  const { labels } = data;
  const estimate = missingEstimateParams(input).length === 0 ? estimateSalary(input, data.estimator) : null;
  const intl = input.ppp && ppp && estimate ? estimateInInternationalDollars(estimate, ppp, data.rates.table) : null;
  return {
    title: describeEstimate(input, labels).title,
    href: estimateHref(ESTIMATE_PATH, input),
    form: formFields(data, input),
    estimate,
    bandCount: estimate?.sources.reduce((sum, source) => sum + source.bands.length, 0) ?? 0,
    chart: estimate?.display ? chart(estimate, estimate.display.currency ?? "USD", data.rates.table) : null,
    examples: dataOnlyParts(data).examples,
    labels,
    rates: data.rates,
    ppp:
      intl && ppp
        ? // A source's result is converted with its bands' country and year: the bands name every factor used.
          { ...intl, summary: { ...pppFactorsUsed([...intl.bands.values()]), sourceId: ppp.sourceId } }
        : null,
  };
}

type OptionKey = "level" | "country" | "city" | "industry" | "company" | "currency";

/** The form's option lists and the example links depend on the data only: built once per data object (one per data version, loadEstimateData), not per request. */
const dataOnly = new WeakMap<EstimatePageData, { options: Record<OptionKey, Choice[]>; examples: { href: string; text: string }[] }>();

function dataOnlyParts(data: EstimatePageData) {
  let parts = dataOnly.get(data);
  if (!parts) {
    parts = { options: formOptions(data), examples: EXAMPLES.map((example) => ({ href: estimateHref(ESTIMATE_PATH, example), text: describeEstimate(example, data.labels).title })) };
    dataOnly.set(data, parts);
  }
  return parts;
}

function formOptions({ labels, vocabulary }: EstimatePageData): Record<OptionKey, Choice[]> {
  const byName = (a: Choice, b: Choice) => a.label.localeCompare(b.label);
  const rank = (level: string) => labels.levels.get(level)?.rank ?? 0;
  return {
    level: [...vocabulary.level].sort((a, b) => rank(a) - rank(b)).map((id) => ({ value: id, label: valueLabel("level", id, labels) })),
    country: vocabulary.country.map((code) => ({ value: code, label: valueLabel("country", code, labels) })).sort(byName),
    city: vocabulary.city
      .map((id) => ({ value: id, label: `${valueLabel("city", id, labels)}${TECH_HUBS.ids.includes(id) ? " · tech hub" : ""}` }))
      .sort(byName),
    industry: vocabulary.industry
      .map((id) => ({ value: id, label: `${valueLabel("industry", id, labels)}${PREMIUM_DOMAINS.ids.includes(id) ? " · high-paying" : ""}` }))
      .sort(byName),
    company: vocabulary.company.map((id) => ({ value: id, label: valueLabel("company", id, labels) })).sort(byName),
    currency: vocabulary.currency.map((code) => ({ value: code, label: `${code} · ${labels.currencies.get(code) ?? code}` })),
  };
}

function formFields(data: EstimatePageData, input: EstimateInput): EstimateFormFields {
  const { options } = dataOnlyParts(data);
  return {
    role: {
      name: "role",
      label: "Role",
      options: [
        { value: "ml-engineer", label: "Machine learning engineer" },
        { value: "data-scientist", label: "Data scientist" },
      ],
      value: input.role,
    },
    level: {
      name: "level",
      label: "Level",
      none: "Not sure: use years",
      options: options.level,
      value: input.level ?? "",
    },
    years: input.years,
    maxYears: MAX_YEARS,
    situation: [
      {
        name: "country",
        label: "Country",
        none: "Anywhere",
        options: options.country,
        value: input.country ?? "",
      },
      {
        name: "city",
        label: "City or tech hub",
        none: "No particular city",
        options: options.city,
        value: input.city ?? "",
        hint: "Its country comes with it.",
      },
      {
        name: "industry",
        label: "Industry",
        none: "Not stated",
        options: options.industry,
        value: input.industry ?? "",
      },
      {
        name: "company",
        label: "Company",
        none: "None of these",
        options: options.company,
        value: input.company ?? "",
      },
    ],
    total: input.basis === "total",
    currency: {
      name: "currency",
      label: "Show in currency",
      none: "The sources’ own",
      options: options.currency,
      value: input.currency ?? "",
    },
    ppp: input.ppp,
  };
}

/** Base (each source, and their envelope when several), each adjustment, result: one bar each, in the shown currency. */
function chart(estimate: Estimate, shownIn: string, rates: RateTable): RangeChartSpec {
  const bar = (id: string, label: string, group: string, range: MoneyRange, flagged = false): RangeBar => {
    const shown = range.currency === shownIn ? range : convertRange(range, shownIn, rates);
    return { id, label, group, ...barEnds(shown), flagged, converted: range.currency !== shownIn };
  };
  const { sources, base, steps, range } = estimate;
  const bars = [
    ...sources.flatMap((source) =>
      source.range ? [bar(`base-${source.source.id}`, shortSourceTitle(source.source.title), "Base", source.range, source.bands.some((row) => row.band.flags.length > 0))] : [],
    ),
    ...(base && sources.length > 1 ? [bar("base", "Envelope of the sources", "Base", base)] : []),
    ...steps.map((step) => bar(`step-${step.factor.id}`, `${step.inverted ? "÷" : "+"} ${factorTitle(step.factor.kind)}`, "Adjustments", step.after)),
    ...(range ? [bar("result", "Estimate", "Result", range)] : []),
  ];
  return { bars, currency: shownIn, title: `From base to estimate, per year, in ${shownIn}` };
}
