import { describePppFactor, type PppRange } from "@/lib/official/ppp";
import { formatInternationalDollars } from "@/lib/salary-model";
import styles from "./ppp.module.css";

/** A claim in international dollars with the factor that made it, or why there is no factor: never a guess. */
function PppAmount({ ppp }: { ppp: PppRange }) {
  if (ppp.internationalDollars === null) return <span className={styles.missing}>{ppp.reason}</span>;
  return (
    <>
      <span className={styles.figure}>{formatInternationalDollars(ppp.internationalDollars)}</span>
      <span className={styles.how}>{describePppFactor(ppp)}</span>
    </>
  );
}

/** A claim's international dollars under its market-rate figure, in the same cell: no extra column, so the table keeps its width and a phone card shows both first. */
export function PppBeside({ ppp }: { ppp: PppRange }) {
  return (
    <span className={styles.beside}>
      <span className={styles.label}>What it buys: </span>
      <span data-ppp="">
        <PppAmount ppp={ppp} />
      </span>
    </span>
  );
}
