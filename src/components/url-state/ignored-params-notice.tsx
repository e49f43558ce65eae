import type { IgnoredParam } from "@/lib/url-state/params";
import styles from "./url-state.module.css";

const SHOWN_ALLOWED = 12;

function allowedText(allowed: readonly string[]): string {
  const shown = allowed.slice(0, SHOWN_ALLOWED).join(", ");
  return allowed.length > SHOWN_ALLOWED ? `${shown}, … (${allowed.length} in all)` : shown;
}

/** Parameters the page could not use, named, so a mistyped link explains itself instead of failing. */
export function IgnoredParamsNotice({ ignored, heading = "Some of this link’s settings were ignored:" }: { ignored: readonly IgnoredParam[]; heading?: string }) {
  if (ignored.length === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <p>
        <strong>{heading}</strong>
      </p>
      <ul>
        {ignored.map((param, index) => (
          <li key={`${param.name}-${index}`}>
            <code>
              {param.name}={param.value}
            </code>
            : {param.reason}
            {param.allowed && param.allowed.length > 0 ? ` (use one of: ${allowedText(param.allowed)})` : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
