import type { IgnoredParam } from "@/lib/filters/band-params";
import styles from "./explorer.module.css";

/** Parameters the page could not use, named, so a mistyped link explains itself instead of failing. */
export function IgnoredParamsNotice({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <p>
        <strong>Some of this link&rsquo;s settings were ignored:</strong>
      </p>
      <ul>
        {ignored.map((param, i) => (
          <li key={i}>
            <code>
              {param.name}={param.value}
            </code>
            : {param.reason}
            {param.allowed && param.allowed.length <= 12 ? ` (use one of: ${param.allowed.join(", ")})` : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
