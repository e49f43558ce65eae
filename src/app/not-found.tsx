import Link from "next/link";
import { connection } from "next/server";
import { Page } from "@/components/layout/page";

/** Rendered per request, not prerendered: its scripts need the response's CSP nonce (src/lib/http/front-door.ts). */
export default async function NotFound() {
  await connection();
  return (
    <Page title="Page not found" lede="There is no page at this address. The salary bands are all on one page.">
      <p>
        <Link href="/salaries" className="button">
          Browse salaries
        </Link>
      </p>
    </Page>
  );
}
