import { describePppFactor, type PppRange } from "@/lib/official/ppp";
import { formatInternationalDollars } from "@/lib/salary-model";
import styles from "./ppp.module.css";

/** A claim in international dollars with the factor that made it, or why there is no factor: never a guess. */
export function PppAmount({ ppp }: { ppp: PppRange }) {
  if (ppp.internationalDollars === null) return <span className={styles.missing}>{ppp.reason}</span>;
  return (
    <>
      <span className={styles.figure}>{formatInternationalDollars(ppp.internationalDollars)}</span>
      <span className={styles.how}>{describePppFactor(ppp)}</span>
    </>
  );
}
