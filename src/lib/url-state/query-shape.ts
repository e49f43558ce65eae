/**
 * A route's query string, declared once: which parameters exist, in canonical order (the object's
 * key order), whether each repeats, its default and how its values are ordered. Free of zod, so
 * the browser's forms build canonical URLs from it without loading a validator; the server's
 * parser (define-view.ts) adds how each value is read.
 */

/** How a repeatable parameter's values are ordered: as text, as numbers, as picked, or by rank in a fixed list. */
export type ValueOrder = "text" | "number" | "picked" | readonly string[];

export interface Param<Value, Field> {
  repeatable: boolean;
  order: ValueOrder;
  /** The field's value when the URL leaves the parameter out. */
  initial: Field;
  /** Written when equal to the default (compare's `by`, which every comparison URL states). */
  alwaysWritten: boolean;
  write: (value: Value) => string;
}

export type QueryShape = Readonly<Record<string, Param<never, unknown>>>;

/** The typed fields a shape holds, one per parameter. */
export type FieldsOf<S> = { [K in keyof S]: S[K] extends Param<never, infer Field> ? Field : never };
/** The type of one value of a parameter (an element, for a repeatable one). */
export type ValueOf<P> = P extends Param<infer Value, unknown> ? Value : never;

const writeText = (value: unknown) => (value === null ? "" : String(value));

/** A single-valued parameter; `write` gives "" for a value the URL leaves out (null, false). */
export function one<T>(initial: T, options: { write?: (value: T) => string; alwaysWritten?: boolean } = {}): Param<T, T> {
  return { repeatable: false, order: "picked", initial, alwaysWritten: options.alwaysWritten ?? false, write: options.write ?? writeText };
}

/** A repeatable parameter; no value means "all". */
export function many<T = string>(order: ValueOrder = "text"): Param<T, T[]> {
  return { repeatable: true, order, initial: [], alwaysWritten: false, write: writeText };
}

/** The fields of a URL with no parameters. */
export function initialFields<S extends QueryShape>(shape: S): FieldsOf<S> {
  return Object.fromEntries(Object.entries(shape).map(([name, param]) => [name, param.repeatable ? [] : param.initial])) as FieldsOf<S>;
}

/** An on/off view option: `1` when on, left out when off. */
export function onOff(): Param<boolean, boolean> {
  return one(false, { write: (on) => (on ? "1" : "") });
}
