import type { Band } from "@/lib/domain";

/** A yearly USD base-pay range for ML engineers that names nothing else; a test sets the fields it is about. */
export function band(fields: Partial<Band> & Pick<Band, "id" | "source">): Band {
  return {
    role: "ml-engineer",
    level: null,
    yearsMin: null,
    yearsMax: null,
    country: null,
    city: null,
    company: null,
    industry: null,
    basis: "base",
    measure: "range",
    period: "year",
    currency: "USD",
    min: null,
    max: null,
    openEnded: false,
    average: null,
    flags: [],
    quote: "",
    amountPhrase: "",
    note: null,
    ...fields,
  };
}
