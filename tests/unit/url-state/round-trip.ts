import fc from "fast-check";
import { expect, it } from "vitest";
import type { ParsedView } from "@/lib/url-state/define-view";

interface UrlView<View, Vocabulary> {
  parse(params: URLSearchParams, vocabulary: Vocabulary): ParsedView<View>;
  serialize(view: View): string;
}

/** The two properties every route's URL has, for views the arbitrary draws (each a view a parse can produce). */
export function itRoundTrips<View, Vocabulary>(definition: UrlView<View, Vocabulary>, vocabulary: Vocabulary, views: fc.Arbitrary<View>) {
  const parse = (query: string) => definition.parse(new URLSearchParams(query), vocabulary);

  it("round-trip: parse(serialize(v)) equals v, with nothing ignored", () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(parse(definition.serialize(view))).toEqual({ view, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  it("make the canonical query a fixed point: serializing what was parsed gives it back", () => {
    fc.assert(
      fc.property(views, (view) => {
        const query = definition.serialize(view);
        expect(definition.serialize(parse(query).view)).toBe(query);
      }),
      { numRuns: 200 },
    );
  });
}
