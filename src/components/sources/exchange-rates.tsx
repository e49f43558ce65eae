
import type { Rates } from "@/lib/domain";
/** The rates every conversion on the site uses: one dated table, each rate with how it was derived. */
export function ExchangeRates({ rates }: { rates: Rates }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>
          Exchange rates of {rates.table.date}, from {rates.source.title}. Every conversion on this site uses them, through the US dollar.
        </caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Per US dollar</th>
            <th scope="col">Where the rate comes from</th>
          </tr>
        </thead>
        <tbody>
          {rates.rates.map((rate) => (
            <tr key={rate.currency}>
              <th scope="row">{rate.currency}</th>
              <td className="amount">{rate.unitsPerUsd}</td>
              <td>{rate.derivation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
