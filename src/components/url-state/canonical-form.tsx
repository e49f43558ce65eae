"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";
import { bandsQuery } from "@/lib/url-state/bands-query";
import { canonicalQuery, hrefOf } from "@/lib/url-state/canonical-query";
import { compareQuery } from "@/lib/url-state/compare-query";
import { estimateQuery } from "@/lib/url-state/estimate-query";
import { filingsQuery, trendsQuery } from "@/lib/url-state/official-query";
import { recordsQuery } from "@/lib/url-state/records-query";

/** Named, so a server component can pick one: a shape holds functions, which cannot be passed to the client. */
const QUERIES = { bands: bandsQuery, compare: compareQuery, estimate: estimateQuery, records: recordsQuery, trends: trendsQuery, filings: filingsQuery };

export interface CanonicalFormProps {
  action: string;
  query: keyof typeof QUERIES;
  /** Navigate on every change (the explorer's filters) rather than wait for the button (estimate: typing "12" must not estimate for 1 year on the way). */
  live: boolean;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
}

/**
 * A GET form: without JavaScript it loads the server-rendered view, which redirects to the
 * canonical URL. With JavaScript it navigates straight to that canonical URL, so back and
 * forward walk through the views.
 */
export function CanonicalForm({ action, query, live, children, ...attributes }: CanonicalFormProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function navigate(form: HTMLFormElement) {
    const entries = [...new FormData(form).entries()].map(([key, value]): [string, string] => [key, String(value)]);
    startTransition(() => router.push(hrefOf(action, canonicalQuery(QUERIES[query], entries)), { scroll: false }));
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }
  return (
    <form action={action} method="get" onSubmit={onSubmit} onChange={live ? (event) => navigate(event.currentTarget) : undefined} aria-busy={pending} {...attributes}>
      {children}
    </form>
  );
}
