import type { z } from "zod";
import { canonicalQuery, hrefOf, inOrder } from "./canonical-query";
import { entriesOf, shorten, type IgnoredParam, type ParamSource } from "./params";
import { initialFields, type FieldsOf, type QueryShape, type ValueOf } from "./query-shape";

/** How the server reads one value of a parameter (already trimmed); on failure the reason and allowed values are reported. */
export interface Reader<T> {
  schema: z.ZodType<T, string>;
  reason: string;
  allowed?: readonly string[];
  /** A repeatable parameter's limit, and what is said of the values past it. */
  max?: { count: number; reason: string };
  /** Set when the first *valid* value of a single-valued parameter wins (an invalid one does not count); the reason given to later ones. */
  firstValidWins?: string;
}

export type Readers<S extends QueryShape> = { [K in keyof S]: Reader<ValueOf<S[K]>> };

export interface ViewSpec<S extends QueryShape, View, Vocabulary> {
  query: S;
  /** How each parameter is read; `decided` holds the parameters in `decidedFirst`, read before all others. */
  readers: (vocabulary: Vocabulary, decided: FieldsOf<S>) => Readers<S>;
  /** Parameters read first because they decide what the others may hold (compare's `by`). */
  decidedFirst?: readonly (keyof S & string)[];
  /** The names an unknown parameter's notice lists, when not the canonical order. */
  advertised?: readonly (keyof S & string)[];
  toView: (fields: FieldsOf<S>) => View;
  toFields: (view: View) => FieldsOf<S>;
  /** Rules between parameters, applied after reading (estimate: years give way to a level). `given` is each accepted single value as written. */
  settle?: (view: View, context: { vocabulary: Vocabulary; given: Partial<Record<keyof S, string>>; report: (name: string, value: string, reason: string) => void }) => View;
}

export interface ParsedView<View> {
  view: View;
  ignored: IgnoredParam[];
}

export interface ViewDefinition<S extends QueryShape, View, Vocabulary> {
  query: S;
  /** Reads search params into the view. What it cannot use is left out and listed in `ignored`, never thrown; an empty value means the default and is not reported. `except` treats parameters as unknown (/api/percentiles has no `group`). */
  parse: (params: ParamSource, vocabulary: Vocabulary, options?: { except?: readonly (keyof S & string)[] }) => ParsedView<View>;
  /** The canonical query string (no leading "?"), so that parse(serialize(v)) returns v. */
  serialize: (view: View) => string;
  href: (pathname: string, view: View) => string;
  /** The view of a URL with no parameters. */
  empty: () => View;
}

/** Everything a route needs about its URL, derived from one declaration. */
export function defineView<S extends QueryShape, View, Vocabulary>(spec: ViewSpec<S, View, Vocabulary>): ViewDefinition<S, View, Vocabulary> {
  const names = Object.keys(spec.query);
  const decidedFirst: readonly string[] = spec.decidedFirst ?? [];
  // Readers build zod schemas and lookup maps from the vocabulary: built once per vocabulary (the
  // pages pass one object per data version) and decided values, not on every parse.
  const built = new WeakMap<object, Map<string, Readers<S>>>();
  const readersFor = (vocabulary: Vocabulary, fields: FieldsOf<S>): Readers<S> => {
    if (typeof vocabulary !== "object" || vocabulary === null) return spec.readers(vocabulary, fields);
    const byDecided = built.get(vocabulary) ?? new Map<string, Readers<S>>();
    built.set(vocabulary, byDecided);
    const key = JSON.stringify(decidedFirst.map((name) => fields[name as keyof FieldsOf<S>]));
    const known = byDecided.get(key);
    if (known) return known;
    const readers = spec.readers(vocabulary, fields);
    byDecided.set(key, readers);
    return readers;
  };
  const serialize = (view: View) => canonicalQuery(spec.query, fieldEntries(spec.query, spec.toFields(view)));

  function parse(params: ParamSource, vocabulary: Vocabulary, options: { except?: readonly string[] } = {}): ParsedView<View> {
    const known = new Set(names.filter((name) => !options.except?.includes(name)));
    const advertised = (spec.advertised ?? names).filter((name) => known.has(name));
    const ignored: IgnoredParam[] = [];
    const report = (name: string, value: string, reason: string, allowed?: readonly string[]) =>
      ignored.push({ name: shorten(name), value: shorten(value), reason, ...(allowed ? { allowed } : {}) });
    const fields: Record<string, unknown> = initialFields(spec.query);
    const collected = new Map<string, unknown[]>();
    const seen = new Set<string>();
    const given: Record<string, string> = {};

    const read = (entries: [string, string][], readers: Readers<S>) => {
      for (const [name, raw] of entries) {
        if (!known.has(name)) {
          report(name, raw, "unknown parameter", advertised);
          continue;
        }
        const value = raw.trim();
        if (value === "") continue;
        const param = spec.query[name]!;
        const reader = readers[name] as Reader<unknown>;
        const firstGivenWins = !param.repeatable && !reader.firstValidWins;
        if (firstGivenWins && seen.has(name)) {
          report(name, raw, `${name} may be given once; the first value was used`);
          continue;
        }
        if (firstGivenWins) seen.add(name);
        const parsed = reader.schema.safeParse(value);
        if (!parsed.success) {
          report(name, raw, reader.reason, reader.allowed);
        } else if (param.repeatable) {
          const values = collected.get(name) ?? [];
          if (values.includes(parsed.data)) continue;
          if (reader.max && values.length >= reader.max.count) report(name, raw, reader.max.reason);
          else collected.set(name, [...values, parsed.data]);
        } else if (reader.firstValidWins && seen.has(name)) {
          report(name, raw, reader.firstValidWins);
        } else {
          seen.add(name);
          given[name] = raw;
          fields[name] = parsed.data;
        }
      }
    };

    const entries = entriesOf(params);
    const first = new Set<string>(decidedFirst);
    read(
      entries.filter(([name]) => first.has(name)),
      readersFor(vocabulary, fields as FieldsOf<S>),
    );
    read(
      entries.filter(([name]) => !first.has(name)),
      readersFor(vocabulary, fields as FieldsOf<S>),
    );
    for (const [name, values] of collected) fields[name] = inOrder(spec.query[name]!.order, values, spec.query[name]!.write as (v: unknown) => string);

    const view = spec.toView(fields as FieldsOf<S>);
    const settled = spec.settle ? spec.settle(view, { vocabulary, given: given as Partial<Record<keyof S, string>>, report }) : view;
    return { view: settled, ignored };
  }

  return {
    query: spec.query,
    parse,
    serialize,
    href: (pathname, view) => hrefOf(pathname, serialize(view)),
    empty: () => spec.toView(initialFields(spec.query)),
  };
}

function fieldEntries(shape: QueryShape, fields: Record<string, unknown>): [string, string][] {
  return Object.entries(shape).flatMap(([name, param]) => {
    const write = param.write as (value: unknown) => string;
    const field = fields[name];
    return (param.repeatable ? (field as unknown[]) : [field]).map((value): [string, string] => [name, write(value)]);
  });
}
