import { NONE } from "@/lib/domain";
import { emptyBandFilters } from "@/lib/url-state/bands";
import type { VocabularyLabels } from "@/lib/domain";
import type { Band } from "@/lib/domain";
import { describeView } from "./labels";

/**
 * What a slice of claims is about, in words: the explorer's title for a view of just
 * that slice ("ML engineer base salaries in the US"), plus what kind of figure it is.
 */
export function sliceTitle(band: Band, labels: VocabularyLabels): string {
  const empty = emptyBandFilters();
  const only = (value: string | null) => [value ?? NONE];
  const { title } = describeView(
    {
      ...empty,
      values: {
        ...empty.values,
        role: [band.role],
        level: only(band.level),
        country: only(band.country),
        city: only(band.city),
        company: only(band.company),
        industry: only(band.industry),
        basis: [band.basis],
      },
    },
    labels,
  );
  const kind = [band.measure === "average" ? "averages" : null, band.period === "year" ? null : `per ${band.period}`].filter(Boolean);
  return kind.length > 0 ? `${title}: ${kind.join(", ")}` : title;
}

/** "tech-hub-premium" → "Tech hub premium". */
export function factorKindLabel(kind: string): string {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
