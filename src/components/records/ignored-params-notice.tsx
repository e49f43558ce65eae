import type { IgnoredParam } from "@/lib/filters/records-params";
import styles from "./records.module.css";

const SHOWN_ALLOWED = 12;

function allowedText(allowed: readonly string[]): string {
  const shown = allowed.slice(0, SHOWN_ALLOWED).join(", ");
  return allowed.length > SHOWN_ALLOWED ? `${shown}, … (${allowed.length} in all)` : shown;
}

/** Says which parts of the address were left out and why, instead of failing the page. */
export function IgnoredParamsNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <strong>Some of the address was ignored:</strong>
      <ul>
        {ignored.map((param, index) => (
          <li key={`${param.name}-${index}`}>
            <code>
              {param.name}={param.value}
            </code>
            : {param.reason}
            {param.allowed && param.allowed.length > 0 ? ` (allowed: ${allowedText(param.allowed)})` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
