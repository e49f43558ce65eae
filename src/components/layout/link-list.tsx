import Link from "next/link";

/** A list of links a page offers as places to go next, e.g. from an empty result. */
export function LinkList({ links }: { links: readonly { href: string; text: string }[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>{link.text}</Link>
        </li>
      ))}
    </ul>
  );
}
