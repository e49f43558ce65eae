import { formatPercentRange } from "@/lib/explorer/percent";
import type { EstimateStep } from "@/lib/estimate/types";

const FACTOR_TITLES: Readonly<Record<string, string>> = {
  "tech-hub-premium": "Tech-hub premium",
  "domain-premium": "High-paying domain premium",
  "bonus-share": "Bonus share",
  "role-premium": "Role premium",
  "gender-gap": "Gender pay gap",
  "job-posting-growth": "Job-posting growth",
  "projected-growth": "Projected job growth",
};

export function factorTitle(kind: string): string {
  return FACTOR_TITLES[kind] ?? kind;
}

/** "+20% to +30%"; a premium taken off says what it divides by: "÷1.40 to ÷1.15 (−28.6% to −13.0%)". */
export function stepChange(step: Pick<EstimateStep, "factor" | "lowPct" | "highPct" | "inverted">): string {
  const applied = formatPercentRange(step.lowPct, step.highPct, 1);
  if (!step.inverted) return applied;
  const divisor = (pct: number) => ((100 + pct) / 100).toFixed(2);
  return `÷${divisor(step.factor.highPct)} to ÷${divisor(step.factor.lowPct)} (${applied})`;
}
