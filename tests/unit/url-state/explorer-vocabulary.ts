import { NONE } from "@/lib/domain";
import type { FilterVocabulary } from "@/lib/url-state/bands";

/** A small explorer vocabulary for /salaries and /compare tests: five companies, so a comparison can overflow its four. */
export const explorerVocabulary: FilterVocabulary = {
  country: ["US", "GB", "IN", NONE],
  level: ["junior", "mid", "senior", NONE],
  company: ["google", "meta", "apple", "adobe", "amazon", NONE],
  industry: ["finance", NONE],
  city: ["london", NONE],
  role: ["ml-engineer", "data-scientist"],
  basis: ["base", "total"],
  source: ["article-a", "article-b"],
  currency: ["USD", "EUR", "INR"],
};
