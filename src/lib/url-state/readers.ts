import { z } from "zod";
import { NONE } from "@/lib/domain";
import type { Reader } from "./define-view";

/**
 * One of `values`, matched after `normalize` (applied to the given value and to each of
 * `values`), giving the value as `values` spells it. `allowed` is what a report lists.
 */
export function member<T extends string | number>(
  values: readonly T[],
  reason: string,
  options: { normalize?: (text: string) => string; allowed?: readonly string[] } = {},
): Reader<T> {
  const normalize = options.normalize ?? ((text: string) => text);
  const byText = new Map(values.map((value) => [normalize(String(value)), value]));
  return {
    schema: z.string().transform((text, context) => {
      const value = byText.get(normalize(text));
      if (value === undefined) {
        context.addIssue({ code: "custom", message: reason });
        return z.NEVER;
      }
      return value;
    }),
    reason,
    allowed: options.allowed ?? values.map(String),
  };
}

/** Country and currency codes match whatever their case ("us" is US, "None" is none). */
export function codeCase(text: string): string {
  return text.toLowerCase() === NONE ? NONE : text.toUpperCase();
}

export const caseless = (text: string) => text.toLowerCase();

/** A parameter the view cannot take in its current state (compare: a filter on the compared dimension). */
export function refuse(reason: string): Reader<string> {
  return { schema: z.string().refine(() => false), reason };
}

/** An on/off view option written `name=1` (also read: true, yes, on, in any case); off is left out of the URL. */
export function switchOn(name: string): Reader<boolean> {
  return {
    schema: z.string().transform((text) => text.toLowerCase()).pipe(z.enum(["1", "true", "yes", "on"])).transform(() => true),
    reason: `use ${name}=1`,
    allowed: ["1"],
  };
}

/** An amount of money as a URL writes it ("185000", "1990000.50"): above 0, no separators. The "your number" of /records and /filings, the amount of /api/ppp. */
export const positiveAmount: Reader<number> = {
  schema: z.string().regex(/^\d{1,9}(\.\d+)?$/).transform(Number).pipe(z.number().positive()),
  reason: "not an amount: a number above 0 without separators",
};
