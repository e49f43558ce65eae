// The site's domain types and constants: pure, imported by the store, the pages and the pure logic alike.
export * from "./band";
export type * from "./factor";
export type * from "./rates";
export type * from "./source";
export { sourceAnchor, sourceHref } from "./source";
export type * from "./vocabulary";
export type * from "./data-version";
