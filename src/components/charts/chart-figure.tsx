import type { ReactElement, ReactNode } from "react";
import chart from "./chart.module.css";
import { chartMarkup } from "./recharts.server";

/**
 * A recharts chart drawn on the server, in its figure: the caption, a box that scrolls below a
 * readable width, the SVG as static markup (no chart code in the browser), then `children` (the
 * key). `name` marks the surface for tests and styles (`data-chart`).
 */
export function ChartFigure({ title, name, drawing, children }: { title: string; name: string; drawing: ReactElement; children?: ReactNode }) {
  return (
    <figure className={chart.figure}>
      <figcaption>{title}</figcaption>
      {/* Focusable, so keyboard users can scroll it on a narrow screen (WCAG 2.1.1). */}
      <div className={chart.scroll} tabIndex={0}>
        <div data-chart={name} className={chart.surface} dangerouslySetInnerHTML={{ __html: chartMarkup(drawing) }} />
      </div>
      {children}
    </figure>
  );
}
