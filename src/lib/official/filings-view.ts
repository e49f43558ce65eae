import { sourceHref, type VocabularyLabels } from "@/lib/domain";
import { formatAmount, formatCount } from "@/lib/salary-model";
import { MIN_RANKED_SAMPLE } from "./sample";
import type { FilingsQuery, FilingsSummary } from "./types";

/**
 * What /filings shows of an H-1B filings slice: its title in words and its figures, each with the
 * n behind it; under MIN_RANKED_SAMPLE filings the n and the reason, no figure. Pure.
 */

interface FilingsFigure {
  label: string;
  /** "$181,000", or the reason there is none. */
  value: string;
}

export interface FilingsPageView {
  title: string;
  description: string;
  /** "Google · Machine learning engineer · Senior · CA · SOC 15-1252", or "every filing". */
  slice: string;
  n: number;
  figures: FilingsFigure[];
  /** "too few to rank: n = 9, need 10" when the figures are withheld. */
  reason: string | null;
  unmapped: FilingsFigure[];
  periods: string;
  source: { id: string; href: string } | null;
}

/** The /filings form's choices, each with the number of filings it selects. */
export interface FilingsChoices {
  companies: { value: string; label: string }[];
  roles: { value: string; label: string }[];
  levels: { value: string; label: string }[];
  states: { value: string; label: string }[];
  socs: { value: string; label: string }[];
}

/** What the filings hold, counted (queries/official.ts filingsValues). */
interface FiledValues {
  states: readonly { value: string; count: number }[];
  socs: readonly { value: string; title: string; count: number }[];
  companies: readonly { value: string; count: number }[];
}

/** Data only (the vocabulary and the filings' counts): built once per data version (queries/form-choices.ts). */
export function filingsChoices(labels: VocabularyLabels, values: FiledValues): FilingsChoices {
  const counted = (n: number) => `${formatCount(n)} filings`;
  const filed = new Map(values.companies.map((c) => [c.value, c.count]));
  return {
    companies: [...labels.companies].map(([value, name]) => ({ value, label: `${name} (${counted(filed.get(value) ?? 0)})` })),
    roles: [...labels.roles].map(([value, label]) => ({ value, label })),
    levels: [...labels.levels].sort(([, a], [, b]) => a.rank - b.rank).map(([value, { name }]) => ({ value, label: name })),
    states: values.states.map((s) => ({ value: s.value, label: `${s.value} (${counted(s.count)})` })).sort((a, b) => a.value.localeCompare(b.value)),
    socs: values.socs.map((s) => ({ value: s.value, label: `${s.value} ${s.title} (${counted(s.count)})` })),
  };
}

/** The slice in words, from the site's vocabulary (codes as filed for state and SOC). */
function describeFilingsQuery(query: FilingsQuery, labels: VocabularyLabels, socTitle?: string | null): string {
  const parts = [
    query.company ? (labels.companies.get(query.company) ?? query.company) : null,
    query.role ? (labels.roles.get(query.role) ?? query.role) : null,
    query.level ? (labels.levels.get(query.level)?.name ?? query.level) : null,
    query.state ? `worksite ${query.state}` : null,
    query.soc ? `SOC ${query.soc}${socTitle ? ` ${socTitle}` : ""}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "every filing";
}

export function filingsPageView(summary: FilingsSummary, labels: VocabularyLabels, socTitle?: string | null): FilingsPageView {
  const slice = describeFilingsQuery(summary.query, labels, socTitle);
  const offered = summary.offered;
  const usd = (amount: number) => formatAmount(amount, "USD");
  const figures: FilingsFigure[] = offered
    ? [
        { label: "Median offered wage", value: usd(offered.median) },
        { label: "P25–P75 offered", value: `${usd(offered.p25)}–${usd(offered.p75)}` },
        { label: "Lowest–highest offered", value: `${usd(offered.min)}–${usd(offered.max)}` },
        { label: "Median prevailing wage", value: summary.prevailingMedian === null ? "—" : usd(summary.prevailingMedian) },
      ]
    : [];
  const periods = summary.periods.join(", ");
  return {
    title: `H-1B filings: ${slice}`,
    description:
      `${formatCount(summary.n)} H-1B Labor Condition Applications (${periods}) for ${slice}` +
      (offered ? `: median offered base wage ${usd(offered.median)}, P25–P75 ${usd(offered.p25)}–${usd(offered.p75)}.` : `: fewer than ${MIN_RANKED_SAMPLE}, so no percentiles.`),
    slice,
    n: summary.n,
    figures,
    reason: summary.reason,
    unmapped: [
      { label: "no company of the site's list", value: formatCount(summary.unmapped.company) },
      { label: "no role read from the title", value: formatCount(summary.unmapped.role) },
      { label: "no level read from the title", value: formatCount(summary.unmapped.level) },
    ],
    periods,
    source: summary.sourceId === null ? null : { id: summary.sourceId, href: sourceHref(summary.sourceId) },
  };
}
