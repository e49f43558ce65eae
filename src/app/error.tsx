"use client";

import Link from "next/link";
import { Page } from "@/components/layout/page";

/** Shown when a page fails to render; the details stay in the server log, not on the page. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Page
      title="Something went wrong"
      lede={`This page could not be shown. Try again; if it keeps failing, the rest of the site may still work.${error.digest ? ` (Reference: ${error.digest})` : ""}`}
    >
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Home</Link>
      </p>
    </Page>
  );
}
