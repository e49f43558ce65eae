const FLAG_LABELS: Record<string, string> = {
  implausible: "implausible",
  "ambiguous-currency": "which currency?",
  vague: "vague",
  interpreted: "interpreted",
  "basis-unstated": "base or total?",
  "currency-unstated": "currency not stated",
};

/**
 * One flag beside the number it qualifies: its short label, and its reason once, which screen
 * readers read with it and a pointer or a tap shows over it (globals.css `.flag-reason`); a `title`
 * as well would put every reason into the page twice.
 */
export function Flag({ label, reason }: { label: string; reason: string }) {
  return (
    <span className="flag">
      {`⚑ ${label}`}
      <span className="flag-reason">
        <span className="visually-hidden">: </span>
        {reason}
      </span>
    </span>
  );
}

/** A claim's flags, on their own line under its amount. */
export function FlagBadges({ flags }: { flags: { code: string; reason: string }[] }) {
  if (flags.length === 0) return null;
  return (
    <div>
      {flags.map((flag) => (
        <Flag key={flag.code} label={FLAG_LABELS[flag.code] ?? flag.code} reason={flag.reason} />
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
