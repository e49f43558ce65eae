import Link from "next/link";
import { connection } from "next/server";

/** Rendered per request, not prerendered: its scripts need the response's CSP nonce (src/proxy.ts). */
export default async function NotFound() {
  await connection();
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. The salary bands are all on one page.</p>
      <p>
        <Link href="/salaries" className="button">
          Browse salaries
        </Link>
      </p>
    </>
  );
}
