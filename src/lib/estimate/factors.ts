import { valueLabel } from "@/lib/explorer/labels";
import type { EstimateInput } from "@/lib/url-state/estimate";
import { BONUS_SHARE_KIND } from "@/lib/salary-model";
import { formatPercentRange } from "@/lib/explorer/percent";
import type { AppliedFactor, EstimateData, TierId, UnusedFactor } from "./types";
import type { Band, Factor } from "@/lib/domain";

interface PremiumScope {
  key: "city" | "industry";
  ids: readonly string[];
  /** What the quote names, in words. */
  named: string;
}

/**
 * The cities and industries each premium's quote names, as vocabulary ids: "Tech hubs
 * (SF, NYC, London)" and "High-paying domains: autonomous vehicles, finance, ad tech,
 * biotech". Only these: Seattle or Silicon Valley may pay as much, but the source does
 * not say so, and a premium it did not state would be a number without a source.
 */
export const TECH_HUBS: PremiumScope = { key: "city", ids: ["san-francisco", "new-york", "london"], named: "SF, NYC and London as tech hubs" };
export const PREMIUM_DOMAINS: PremiumScope = {
  key: "industry",
  ids: ["autonomous-vehicles", "finance", "ad-tech", "biotech"],
  named: "autonomous vehicles, finance, ad tech and biotech as high-paying domains",
};

/**
 * Data scientist pay from ML engineer pay. "ML engineers earn 15–40% more" means
 * MLE = DS × (1 + p) with p from 15% to 40%, so DS = MLE / (1 + p): the lowest data
 * scientist pay is the lowest engineer pay divided by 1.40 (−28.6%), the highest is
 * the highest divided by 1.15 (−13.0%). Taking 15–40% off instead would overstate the
 * gap. The money itself is still scaled by salary-model's applyAdjustments.
 */
export function inversePremium(lowPct: number, highPct: number): { lowPct: number; highPct: number } {
  return { lowPct: 10000 / (100 + highPct) - 100, highPct: 10000 / (100 + lowPct) - 100 };
}

interface FactorContext {
  input: EstimateInput;
  tier: TierId;
  /** The base's bands. */
  bands: readonly Band[];
  data: EstimateData;
}

type Decision =
  | { use: "apply"; lowPct: number; highPct: number; inverted: boolean }
  | { use: "skip"; reason: string }
  | { use: "context"; reason: string };

const COMPANY_BAND = "A company's band is already what that company pays, where it employs people and in its own industry";

/** Whether a premium for a place or an industry fits the person, and is not already inside the base. */
function premium(factor: Factor, { key, ids, named }: PremiumScope, { input, tier, bands, data }: FactorContext): Decision {
  const wanted = input[key];
  if (wanted === null) return { use: "skip", reason: `No ${key} chosen.` };
  const name = valueLabel(key, wanted, data.labels);
  if (!ids.includes(wanted)) return { use: "skip", reason: `The source names ${named}; ${name} is not among them.` };
  if (tier === "company-level") return { use: "skip", reason: `${COMPANY_BAND}: adding the premium would count it twice.` };
  if (bands.every((band) => band[key] === wanted)) return { use: "skip", reason: `The base is already pay in ${name}.` };
  return { use: "apply", lowPct: factor.lowPct, highPct: factor.highPct, inverted: false };
}

/** What to do with one factor for this person and this base, and why. */
function decide(factor: Factor, context: FactorContext): Decision {
  const { input, bands } = context;
  switch (factor.kind) {
    case "tech-hub-premium":
      return premium(factor, TECH_HUBS, context);
    case "domain-premium":
      return premium(factor, PREMIUM_DOMAINS, context);
    case BONUS_SHARE_KIND:
      if (input.basis === "base") return { use: "skip", reason: "Base salary asked for; choose total pay to add bonuses." };
      if (bands.every((band) => band.basis === "total")) return { use: "skip", reason: "The base bands already state total pay." };
      return { use: "apply", lowPct: factor.lowPct, highPct: factor.highPct, inverted: false };
    case "role-premium":
      if (input.role === "ml-engineer") return { use: "skip", reason: "The bands are ML engineer pay already; the premium is used to estimate a data scientist's." };
      return { use: "apply", ...inversePremium(factor.lowPct, factor.highPct), inverted: true };
    case "gender-gap":
      return {
        use: "context",
        reason:
          "Not applied: it measures what women in ML are paid on average, not what anyone should be paid, and an estimate that builds it in would pass the gap on. If an offer sits this far below the range, that is worth asking about.",
      };
    case "job-posting-growth":
    case "projected-growth":
      return { use: "context", reason: "Growth in demand for the role, not a difference in pay: shown for context, not applied." };
    default:
      return { use: "context", reason: "Not a kind of figure the estimate knows how to apply." };
  }
}

/**
 * Each factor's decision. A kind counts once (salary-model refuses it twice): when two
 * claims of one kind would apply (the guide states the role premium twice), the first
 * is applied and the others are listed as repeats, with their figures.
 */
export function decideAll(context: FactorContext): { applied: AppliedFactor[]; skipped: UnusedFactor[]; context: UnusedFactor[] } {
  const applied: AppliedFactor[] = [];
  const skipped: UnusedFactor[] = [];
  const contextOnly: UnusedFactor[] = [];
  for (const factor of [...context.data.factors].sort((a, b) => a.id.localeCompare(b.id))) {
    const decision = decide(factor, context);
    const first = applied.find((step) => step.factor.kind === factor.kind);
    if (decision.use === "apply" && first) {
      const same = first.factor.lowPct === factor.lowPct && first.factor.highPct === factor.highPct;
      skipped.push({
        factor,
        reason: `The same kind of figure as ${first.factor.id}, which is applied${same ? " and states the same" : ""}; a factor counts once.${
          same ? "" : ` (This one states ${formatPercentRange(factor.lowPct, factor.highPct, 1)}.)`
        }`,
      });
    } else if (decision.use === "apply") applied.push({ factor, lowPct: decision.lowPct, highPct: decision.highPct, inverted: decision.inverted });
    else (decision.use === "skip" ? skipped : contextOnly).push({ factor, reason: decision.reason });
  }
  return { applied, skipped, context: contextOnly };
}
