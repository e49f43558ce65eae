"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Copies the view's canonical URL. Hidden until JavaScript runs; the plain link beside it works without. */
export function CopyLinkButton({ href }: { href: string }) {
  // False in the server HTML, true once hydrated: a button that needs JavaScript only shows with it.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <button type="button" className="button" onClick={copy} hidden={!ready} aria-live="polite">
      {copied ? "Link copied" : "Copy link"}
    </button>
  );
}
