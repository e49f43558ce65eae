import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";

// recharts needs all of React (hooks, context, class components); a server component's React has
// none of them. So recharts and react-dom/server are loaded at run time from node_modules, with
// the React they share, and the chart is drawn to an SVG string on the server: no chart code goes
// to the browser and nothing hydrates (docs/decisions/015-every-view-fast.md). React elements are
// plain objects with a global Symbol.for type, so the ones a server component builds render there.
const runtimeRequire = createRequire(path.join(process.cwd(), "package.json"));
const RECHARTS = "recharts";
const REACT_DOM_SERVER = "react-dom/server";

type Recharts = typeof import("recharts");
type ReactDomServer = typeof import("react-dom/server");

let loaded: { recharts: Recharts; server: ReactDomServer } | undefined;

function load() {
  loaded ??= { recharts: runtimeRequire(RECHARTS) as Recharts, server: runtimeRequire(REACT_DOM_SERVER) as ReactDomServer };
  return loaded;
}

/** recharts' components, for building a chart's element tree. */
export function recharts(): Recharts {
  return load().recharts;
}

/** The static markup of a chart built from recharts(): no React ids, no hydration markers. */
export function chartMarkup(element: ReactElement): string {
  return load().server.renderToStaticMarkup(element);
}
