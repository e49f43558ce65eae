import { redirect } from "next/navigation";
import type { ParsedView, ViewDefinition } from "./define-view";
import { givenQuery, type ParamSource } from "./params";

/**
 * A page's link that means the same view in other words (order, case, defaults spelled out,
 * a no-JS form's empty fields) is sent to the one canonical URL. A link with ignored parts
 * stays, so its notice can say what was ignored.
 */
export function redirectToCanonical<View>(
  definition: Pick<ViewDefinition<never, View, never>, "serialize" | "href">,
  pathname: string,
  params: ParamSource,
  { view, ignored }: ParsedView<View>,
): void {
  if (ignored.length === 0 && givenQuery(params) !== definition.serialize(view)) redirect(definition.href(pathname, view));
}
