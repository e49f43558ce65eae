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
