import type { Param, QueryShape, ValueOrder } from "./query-shape";

/**
 * The canonical query string (no leading "?") for name/value pairs, as a form submits them or a
 * view writes them: the shape's parameters in its order, unknown names and empty values dropped,
 * a single-valued parameter's first value, a repeatable one's values unique and in their order,
 * defaults left out. Zod-free, for the browser.
 */
export function canonicalQuery(shape: QueryShape, entries: Iterable<readonly [string, string]>): string {
  const given = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (value !== "") given.set(name, [...(given.get(name) ?? []), value]);
  }
  const params = new URLSearchParams();
  for (const [name, param] of Object.entries(shape)) {
    const values = given.get(name) ?? [];
    const kept = param.repeatable ? inOrder(param.order, [...new Set(values)]) : values.slice(0, 1);
    for (const value of kept) {
      if (param.repeatable || param.alwaysWritten || value !== defaultText(param)) params.append(name, value);
    }
  }
  return params.toString();
}

function defaultText(param: Param<never, unknown>): string {
  return (param.write as (value: unknown) => string)(param.initial);
}

/** "/salaries?country=US", or the bare path when the view is the default one. */
export function hrefOf(pathname: string, query: string): string {
  return query ? `${pathname}?${query}` : pathname;
}

/** Values sorted as `order` says, compared by their text in the URL. */
export function inOrder<T>(order: ValueOrder, values: readonly T[], text: (value: T) => string = String): T[] {
  if (order === "picked") return [...values];
  const compare = comparator(order);
  return [...values].sort((a, b) => compare(text(a), text(b)));
}

function comparator(order: Exclude<ValueOrder, "picked">): (a: string, b: string) => number {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  if (order === "text") return byText;
  if (order === "number") return (a, b) => Number(a) - Number(b) || byText(a, b);
  return (a, b) => order.indexOf(a) - order.indexOf(b) || byText(a, b);
}
