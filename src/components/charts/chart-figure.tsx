import type { ReactNode } from "react";
import chart from "./chart.module.css";

/** A chart image's box, known before it loads (fixed geometry), and its address. */
export interface ChartImageBox {
  src: string;
  width: number;
  height: number;
}

/**
 * A chart in its figure: the caption, the chart as an SVG image of the same view (drawn once by
 * recharts in its `/api/chart/…` route, chart-image.ts), then `children` (the key). The page
 * carries only the image's address and box and no chart code; the page's table is the chart's
 * data-table equivalent, which `alt` points to. `name` marks the image for tests (`data-chart`).
 */
export function ChartFigure({
  title,
  name,
  image,
  alt,
  anyWidth = false,
  children,
}: {
  title: string;
  name: string;
  image: ChartImageBox;
  alt: string;
  /** Scales down to any column width instead of scrolling below a readable minimum (a chart whose labels stay readable small). */
  anyWidth?: boolean;
  children?: ReactNode;
}) {
  return (
    <figure className={chart.figure}>
      <figcaption>{title}</figcaption>
      {/* The image keeps its pixel size up to `width` and scales down with the column; below a
          readable minimum the wrapper scrolls sideways instead of widening the page. */}
      {/* Focusable, so keyboard users can scroll it on a narrow screen (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <div className={chart.scroll} tabIndex={0}>
        {/* A plain <img>: the SVG is a server-drawn document, nothing for next/image to optimise. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img className={anyWidth ? `${chart.image} ${chart.anyWidth}` : chart.image} src={image.src} width={image.width} height={image.height} alt={alt} data-chart={name} />
      </div>
      {children}
    </figure>
  );
}
