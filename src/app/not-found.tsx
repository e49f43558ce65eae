import Link from "next/link";

export default function NotFound() {
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
