import Link from "next/link";
import { NavLink } from "./nav-link";

const LINKS = [
  { href: "/salaries", label: "Salaries" },
  { href: "/compare", label: "Compare" },
  { href: "/sources", label: "Sources" },
  { href: "/estimate", label: "Estimate" },
  { href: "/records", label: "Records" },
  { href: "/filings", label: "Filings" },
  { href: "/trends", label: "Trends" },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand" prefetch={false}>
          ML Salary Explorer
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
