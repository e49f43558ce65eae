import { claimedRange } from "@/lib/claims/claimed-range";
import type { BandDto } from "@/lib/db/bands";
import type { VocabularyLabels } from "@/lib/db/vocabulary";
import { formatRange } from "@/lib/salary-model";
import { FlagBadges } from "./flag-badges";

function location(band: BandDto, labels: VocabularyLabels): string {
  const country = band.country ? (labels.countries.get(band.country) ?? band.country) : "Worldwide";
  return band.city ? `${labels.cities.get(band.city) ?? band.city}, ${country}` : country;
}

function experience(band: BandDto): string | null {
  if (band.yearsMin === null && band.yearsMax === null) return null;
  if (band.yearsMax === null) return `${band.yearsMin}+ yrs`;
  if (band.yearsMin === null || band.yearsMin === 0) return `< ${band.yearsMax} yrs`;
  return band.yearsMin === band.yearsMax ? `${band.yearsMin} yrs` : `${band.yearsMin}–${band.yearsMax} yrs`;
}

export function BandTable({ bands, labels, caption }: { bands: BandDto[]; labels: VocabularyLabels; caption: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Role</th>
            <th scope="col">Location</th>
            <th scope="col">Company</th>
            <th scope="col">Industry</th>
            <th scope="col">Basis</th>
            <th scope="col">Pay</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => {
            const years = experience(band);
            return (
              <tr key={band.id} id={`band-${band.id}`}>
                <th scope="row">
                  {band.level ? (labels.levels.get(band.level)?.name ?? band.level) : "Any level"}
                  {years ? <div className="measure">{years}</div> : null}
                </th>
                <td>{labels.roles.get(band.role) ?? band.role}</td>
                <td>{location(band, labels)}</td>
                <td>{band.company ? (labels.companies.get(band.company) ?? band.company) : "—"}</td>
                <td>{band.industry ? (labels.industries.get(band.industry) ?? band.industry) : "—"}</td>
                <td>{band.basis === "total" ? "Total pay" : "Base"}</td>
                <td className="amount">
                  {formatRange(claimedRange(band))}
                  {band.measure === "average" ? <div className="measure">average</div> : null}
                  <FlagBadges flags={band.flags} />
                </td>
                <td>
                  <details>
                    <summary>{band.source.title}</summary>
                    <blockquote className="quote">“{band.quote}”</blockquote>
                    {band.note ? <p className="quote">Note: {band.note}</p> : null}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
