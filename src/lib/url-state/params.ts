/** Search params as a page (Next's plain object) or an API route (URLSearchParams) receives them. */
export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/** A parameter left out of a view, and why; an API answers 400 with the list. */
export interface IgnoredParam {
  name: string;
  value: string;
  reason: string;
  allowed?: readonly string[];
}

export function entriesOf(params: ParamSource): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  // Next builds searchParams on a plain object, so "?constructor=x" arrives as [Object, "x"]:
  // only strings are parameters.
  return Object.entries(params).flatMap(([name, value]) =>
    value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string").map((v): [string, string] => [name, v]),
  );
}

/** The query exactly as given, to compare with the canonical one. */
export function givenQuery(params: ParamSource): string {
  return new URLSearchParams(entriesOf(params)).toString();
}

const MAX_VALUE_LENGTH = 64;

/** Reports echo what they were given, but never an absurdly long name or value. */
export function shorten(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}
