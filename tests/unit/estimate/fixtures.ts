import type { Band, Factor, VocabularyLabels } from "@/lib/domain";
import { band as blankBand } from "../../support/band";
import type { EstimateData } from "@/lib/estimate/types";

// Claims copied from data/ (only the fields the estimator reads), so every expected value in the tests can be worked out by hand.

const UNLOCKING = { id: "unlocking-secrets-ml-engineer-salaries", title: "Unlocking the Secrets of Machine Learning Engineer Salaries" };
const GUIDE = { id: "ml-engineer-salary-2025-guide", title: "Machine Learning Engineer Salary in 2025: A Comprehensive Guide" };
const PAID_MORE = { id: "are-ml-engineers-paid-more", title: "Are ML Engineers Paid More?" };

/** A claim of the guide unless it says otherwise. */
export function band(fields: Partial<Band> & Pick<Band, "id">): Band {
  return blankBand({ source: GUIDE, ...fields });
}

const IMPLAUSIBLE = { code: "implausible", reason: "far below any engineering salary" };
const AMBIGUOUS = { code: "ambiguous-currency", reason: "'$' without saying which dollar" };

const BANDS: Band[] = [
  band({ id: "a000-level-junior", level: "junior", yearsMin: 0, yearsMax: 2, min: 60000, max: 100000, source: UNLOCKING }),
  band({ id: "a000-level-mid", level: "mid", min: 90000, max: 150000, source: UNLOCKING }),
  band({ id: "a000-level-manager", role: "ml-engineering-manager", level: "manager", min: 150000, max: 200000, openEnded: true, source: UNLOCKING }),
  band({
    id: "a000-company-google-senior",
    level: "senior",
    country: "US",
    company: "google",
    industry: "big-tech",
    min: 220000,
    max: 300000,
    openEnded: true,
    source: UNLOCKING,
    quote: "Senior Machine Learning Engineer: $220,000 – $300,000+",
  }),
  band({ id: "a002-us-mid", level: "mid", yearsMin: 3, yearsMax: 5, country: "US", min: 140000, max: 180000 }),
  band({ id: "a002-us-summary-mid-base", level: "mid", yearsMin: 3, yearsMax: 5, country: "US", min: 140000, max: 180000 }),
  band({ id: "a002-us-summary-mid-total", level: "mid", yearsMin: 3, yearsMax: 5, country: "US", basis: "total", min: 160000, max: 220000 }),
  band({ id: "a002-us-senior", level: "senior", yearsMin: 5, country: "US", min: 180000, max: 250000, openEnded: true }),
  band({ id: "a002-freelance-day-us", country: "US", period: "day", min: 800, max: 1500, openEnded: true }),
  band({ id: "a002-in-junior", level: "junior", country: "IN", currency: "INR", min: 800000, max: 1500000 }),
  band({ id: "a000-country-in", country: "IN", measure: "average", average: 70000, flags: [IMPLAUSIBLE, AMBIGUOUS], source: UNLOCKING }),
  band({ id: "a002-de", country: "DE", currency: "EUR", min: 70000, max: 120000, openEnded: true }),
  band({ id: "a002-au", country: "AU", currency: "AUD", min: 100000, max: 150000 }),
  band({ id: "a000-country-au", country: "AU", measure: "average", average: 120000, flags: [AMBIGUOUS], source: UNLOCKING }),
  band({ id: "a000-country-pk", country: "PK", currency: "PKR", measure: "average", average: 50000, flags: [IMPLAUSIBLE], source: UNLOCKING }),
  band({ id: "a000-worldwide-average", measure: "average", min: 112000, max: 150000, source: UNLOCKING }),
];

function factor(fields: Pick<Factor, "id" | "kind" | "lowPct" | "highPct"> & Partial<Factor>): Factor {
  return { scope: "", country: null, flags: [], source: GUIDE, quote: "", amountPhrase: "", note: null, ...fields };
}

const FACTORS: Factor[] = [
  factor({ id: "a002-role-premium-surveys", kind: "role-premium", lowPct: 15, highPct: 40 }),
  factor({ id: "a002-role-premium-median", kind: "role-premium", lowPct: 15, highPct: 40 }),
  factor({ id: "a002-tech-hub-premium", kind: "tech-hub-premium", lowPct: 20, highPct: 30, quote: "Tech hubs (SF, NYC, London) typically pay 20–30% more" }),
  factor({ id: "a002-domain-premium", kind: "domain-premium", lowPct: 10, highPct: 20 }),
  factor({ id: "a002-bonus-share", kind: "bonus-share", lowPct: 10, highPct: 30, quote: "Bonuses: Performance-based annual bonuses (10–30% of base)" }),
  factor({ id: "a002-gender-gap", kind: "gender-gap", lowPct: -15, highPct: -10 }),
  factor({ id: "a003-indeed-job-postings", kind: "job-posting-growth", lowPct: 344, highPct: 344, source: PAID_MORE }),
];

export const LABELS: VocabularyLabels = {
  levels: new Map([
    ["junior", { name: "Junior", rank: 1 }],
    ["mid", { name: "Mid-level", rank: 2 }],
    ["senior", { name: "Senior", rank: 3 }],
    ["lead", { name: "Lead / architect", rank: 4 }],
    ["manager", { name: "Engineering manager", rank: 5 }],
  ]),
  roles: new Map([
    ["ml-engineer", "Machine learning engineer"],
    ["data-scientist", "Data scientist"],
    ["ml-engineering-manager", "ML engineering manager"],
  ]),
  countries: new Map([
    ["US", "United States"],
    ["IN", "India"],
    ["GB", "United Kingdom"],
    ["DE", "Germany"],
    ["AU", "Australia"],
    ["PK", "Pakistan"],
  ]),
  cities: new Map([
    ["new-york", "New York City"],
    ["seattle", "Seattle"],
    ["london", "London"],
  ]),
  companies: new Map([["google", "Google"]]),
  industries: new Map([
    ["finance", "Finance and banking"],
    ["healthcare", "Healthcare and pharmaceuticals"],
    ["big-tech", "Big Tech"],
  ]),
  sources: new Map([GUIDE, UNLOCKING, PAID_MORE].map((s) => [s.id, s.title])),
  currencies: new Map([
    ["USD", "US dollar"],
    ["INR", "Indian rupee"],
    ["EUR", "Euro"],
  ]),
};

export const DATA: EstimateData = {
  bands: BANDS,
  factors: FACTORS,
  rates: { date: "2024", rates: { USD: 1, EUR: 0.9, GBP: 0.8, INR: 83.3, AUD: 1.5, PKR: 278 } },
  labels: LABELS,
  countryCurrency: new Map([
    ["US", "USD"],
    ["IN", "INR"],
    ["GB", "GBP"],
    ["DE", "EUR"],
    ["AU", "AUD"],
    ["PK", "PKR"],
  ]),
};
