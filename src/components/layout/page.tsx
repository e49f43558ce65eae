import type { ReactNode } from "react";
import { IgnoredParamsNotice } from "@/components/url-state/ignored-params-notice";
import type { IgnoredParam } from "@/lib/url-state/params";

export interface PageProps {
  /** The page's one h1. */
  title: string;
  /** What the page is for, in a sentence or two, under the title. */
  lede: ReactNode;
  /** URL parameters the page could not use: named in a notice above the content. */
  ignored?: readonly IgnoredParam[];
  ignoredHeading?: string;
  children?: ReactNode;
}

/** Every page's skeleton: title, lede, what of the address was ignored, then the page's own content. Free of server-only code, so error.tsx can use it too. */
export function Page({ title, lede, ignored = [], ignoredHeading, children }: PageProps) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      <IgnoredParamsNotice ignored={ignored} heading={ignoredHeading} />
      {children}
    </>
  );
}
