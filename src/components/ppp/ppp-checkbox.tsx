import explorerStyles from "@/components/explorer/explorer.module.css";

/** The ppp=1 view option of the explorer's, compare's and estimate's forms: international dollars beside the currency. */
export function PppCheckbox({ checked }: { checked: boolean }) {
  return (
    <label className={explorerStyles.check}>
      <input type="checkbox" name="ppp" value="1" defaultChecked={checked} /> Also show what it buys: international dollars (PPP)
    </label>
  );
}
