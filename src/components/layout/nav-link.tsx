"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    // No prefetch: every page here is rendered per request (nonce CSP), so prefetching the whole
    // navigation cost a dozen renders per page load for pages rarely opened next (ADR 015).
    <Link href={href} aria-current={current ? "page" : undefined} prefetch={false}>
      {children}
    </Link>
  );
}
