const FLAG_LABELS: Record<string, string> = {
  implausible: "implausible",
  "ambiguous-currency": "which currency?",
  vague: "vague",
  interpreted: "interpreted",
  "basis-unstated": "base or total?",
  "currency-unstated": "currency not stated",
};

/** Flags stay visible next to the number they qualify; the reason is in the title and for screen readers. */
export function FlagBadges({ flags }: { flags: { code: string; reason: string }[] }) {
  if (flags.length === 0) return null;
  return (
    <div>
      {flags.map((flag) => (
        <span key={flag.code} className="flag" title={flag.reason}>
          ⚑ {FLAG_LABELS[flag.code] ?? flag.code}
          <span className="visually-hidden">: {flag.reason}</span>
        </span>
      ))}
    </div>
  );
}

/** Every flag with its reason in full, for a claim's detail. */
export function FlagReasons({ flags, className }: { flags: { code: string; reason: string }[]; className?: string }) {
  return (
    <ul className={className}>
      {flags.map((flag) => (
        <li key={flag.code}>
          <span className="flag">⚑ {flag.code}</span> {flag.reason}
        </li>
      ))}
    </ul>
  );
}
