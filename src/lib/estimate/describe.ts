import type { VocabularyLabels } from "@/lib/domain";
import { countryInProse, valueLabel } from "@/lib/explorer/labels";
import type { EstimateInput } from "@/lib/url-state/estimate";
import { bandRoleFor, ML_ENGINEER } from "./base";


/** "Senior ML engineer", "ML engineering manager" (managers and directors have roles of their own), "Senior data scientist". */
function person(input: EstimateInput, labels: VocabularyLabels): string {
  const role = input.role === "data-scientist" ? "data scientist" : "ML engineer";
  if (input.level === null) return role;
  const level = valueLabel("level", input.level, labels);
  const ownRole = bandRoleFor(input.level);
  if (ownRole === ML_ENGINEER) return `${level} ${role}`;
  return input.role === "data-scientist" ? `${level}, data science` : valueLabel("role", ownRole, labels);
}

/**
 * "Senior ML engineer at Google: estimated total pay", for the heading, the page
 * title and link previews; "Estimate your ML engineer pay" before a level is chosen.
 */
export function describeEstimate(input: EstimateInput, labels: VocabularyLabels): { title: string; description: string } {
  if (input.level === null && input.years === null) {
    return {
      title: `Estimate your ${person(input, labels)} pay`,
      description:
        "An estimated pay range for your level, place, industry and company, with every step and its source: the bands that match, the premiums that fit, and what was left out and why.",
    };
  }
  const years = input.years === null ? "" : ` with ${input.years} ${input.years === 1 ? "year" : "years"} of experience`;
  const company = input.company === null ? "" : ` at ${valueLabel("company", input.company, labels)}`;
  const industry = input.industry === null ? "" : ` in ${valueLabel("industry", input.industry, labels).toLowerCase()}`;
  const place =
    input.city !== null
      ? ` in ${valueLabel("city", input.city, labels)}`
      : input.country !== null
        ? ` in ${countryInProse(input.country, labels)}`
        : "";
  const who = `${person(input, labels)}${years}${company}${industry}${place}`;
  const pay = input.basis === "total" ? "estimated total pay" : "estimated base salary";
  const title = `${who.charAt(0).toUpperCase()}${who.slice(1)}: ${pay}${input.currency === null ? "" : ` in ${input.currency}`}`;
  return {
    title,
    description: `${title}, built from published salary bands and premiums, with every step, its source and quote, and what was left out and why.`,
  };
}
