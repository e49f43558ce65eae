import { countryInProse, valueLabel } from "@/lib/explorer/labels";
import type { EstimateInput } from "@/lib/url-state/estimate";
import { applyAdjustments, BONUS_SHARE_KIND, convertRange, envelope, type Factor, type MoneyRange } from "@/lib/salary-model";
import { bandRoleFor, isImplausible, matchBase, ML_ENGINEER, sourceBases, workingCurrency, type Wanted } from "./base";
import { decideAll } from "./factors";
import { levelFromYears } from "./level";
import type { Estimate, EstimateData, EstimateNote, EstimateStep, SourceBase, TierId } from "./types";

const FLAG_WORDS: Readonly<Record<string, string>> = {
  implausible: "implausible",
  "ambiguous-currency": "ambiguous about its currency",
  vague: "vague",
  interpreted: "interpreted",
  "basis-unstated": "unclear whether base or total pay",
  "currency-unstated": "without a stated currency",
};

/** What a reader should know before trusting the figure: flagged, open, average, converted or thin data. */
function dataNotes(sources: SourceBase[], base: MoneyRange, currency: string, data: EstimateData): EstimateNote[] {
  const rows = sources.flatMap((source) => source.bands);
  const notes: EstimateNote[] = [];
  for (const { band, counted, converted } of rows) {
    for (const flag of band.flags) {
      notes.push({ code: `flag-${flag.code}`, text: `${band.id} is flagged ${FLAG_WORDS[flag.code] ?? flag.code}: ${flag.reason}` });
    }
    if (!counted) notes.push({ code: "left-out", text: `${band.id} is flagged implausible and left out of the base; the other bands are used.` });
    if (converted && band.flags.some((flag) => flag.code === "ambiguous-currency")) {
      notes.push({
        code: "ambiguous-conversion",
        text: `${band.id} writes a dollar amount without saying which dollar; it is converted to ${currency} as US dollars, so the converted figure is only as good as that reading.`,
      });
    }
  }
  if (rows.some((row) => row.converted)) {
    notes.push({ code: "converted", text: `Bands in other currencies are converted to ${currency} at the exchange rates of ${data.rates.date}.` });
  }
  if (rows.every((row) => isImplausible(row.band))) {
    notes.push({ code: "implausible-only", text: "Every band this estimate rests on is flagged implausible: treat the figure as a pointer to the source's claim, not as pay you can expect." });
  }
  if (base.openEnded) {
    notes.push({ code: "open-ended", text: "The base is open-ended (“+”): the source names no upper bound, so the estimate's top is the highest stated figure, not a ceiling." });
  }
  if (base.min === null) notes.push({ code: "no-floor", text: "The base states only a top (“up to”), so the estimate has no floor." });
  const averages = rows.filter((row) => row.band.measure === "average");
  if (averages.length > 0) {
    notes.push({
      code: "average",
      text: `${averages.map((row) => row.band.id).join(", ")} ${averages.length === 1 ? "is an average" : "are averages"}, not a range of pay: individual pay spreads on both sides.`,
    });
  }
  if (sources.length === 1) notes.push({ code: "one-source", text: "Only one source gives a band for this slice, so there is no second source to check it against." });
  return notes;
}

/** The rung's consequences for this person, in words. */
function tierNotes(estimate: Pick<Estimate, "input" | "level" | "bandRole" | "sources"> & { tier: TierId }, data: EstimateData): EstimateNote[] {
  const { tier, input, level, bandRole, sources } = estimate;
  const labels = data.labels;
  const levelName = valueLabel("level", level, labels);
  const notes: EstimateNote[] = [];
  const bandCountries = new Set(sources.flatMap((source) => source.bands.map((row) => row.band.country)));
  if (tier === "company-level" && input.country === null && input.company !== null) {
    const [country] = bandCountries;
    if (bandCountries.size === 1 && country) {
      notes.push({ code: "company-country", text: `${valueLabel("company", input.company, labels)}'s bands are pay in ${countryInProse(country, labels)}.` });
    }
  }
  const place = input.country === null ? "" : countryInProse(input.country, labels);
  if (tier === "country" || tier === "worldwide") {
    notes.push({
      code: "all-levels",
      text: `The base covers all levels, not ${levelName} alone: no source gives a ${levelName} band${tier === "country" ? ` for ${place}` : " that fits"}.`,
    });
  }
  if ((tier === "level" || tier === "worldwide") && input.country !== null) {
    notes.push({
      code: "no-country",
      text: `No band for ${place} fits, so the base names no country: it is in US dollars and reads as US pay, not pay in ${place}.`,
    });
  }
  if (input.role === "data-scientist" && bandRole !== ML_ENGINEER) {
    notes.push({
      code: "role-extrapolated",
      text: `The role premium compares ML engineers with data scientists at the same level; applying it to ${valueLabel("role", bandRole, labels)} pay stretches it.`,
    });
  }
  return notes;
}

/**
 * A person's estimated pay with its whole derivation: the bands that best match
 * (see base.ts for the rule), each source's envelope and the envelope of them all,
 * the factors that fit and are not already inside the base, applied by salary-model,
 * and what was skipped and why. Pure: no database, no framework. The caller checks
 * that the input has a level or years first (missingEstimateParams).
 */
export function estimateSalary(input: EstimateInput, data: EstimateData): Estimate {
  const fromYears = input.level === null && input.years !== null ? levelFromYears(input.years, data.bands, data.labels) : null;
  const level = input.level ?? fromYears?.level;
  if (level === undefined) throw new Error("An estimate needs a level, or years of experience the bands give years for");
  const wanted: Wanted = { ...input, level };
  const bandRole = bandRoleFor(level);
  const match = matchBase(wanted, data);
  const levelNotes = fromYears ? [fromYears.note] : [];

  if (match.tier === null) {
    const none = { sources: [], base: null, steps: [], skipped: [], context: [], range: null, display: null };
    return { input, level, bandRole, tier: null, missed: match.missed, ...none, notes: [...levelNotes, { code: "no-band", text: "No band fits these choices at any rung of the rule." }] };
  }

  const currency = workingCurrency(match.bands, input.country, data);
  const bySource = sourceBases(match.bands, currency, data);
  const base = envelope(bySource.flatMap((source) => (source.range ? [source.range] : [])));
  const decided = decideAll({ input, tier: match.tier, bands: match.bands, data });
  const factors: Factor[] = decided.applied.map(({ factor, lowPct, highPct }) => ({ kind: factor.kind, lowPct, highPct, label: factor.id, sourceId: factor.source.id }));
  const adjusted = applyAdjustments(base, factors);
  const steps: EstimateStep[] = adjusted.steps.map((step) => {
    // applyAdjustments returns one step per factor given, in its own order (by kind): find each one's claim.
    const applied = decided.applied.find((a) => a.factor.kind === step.factor.kind)!;
    return { ...applied, before: step.before, after: step.after };
  });
  // Scaling is monotone, so each source's result lies inside the overall one: the envelope of the results is the result.
  const sources = bySource.map((source) => ({ ...source, result: source.range ? applyAdjustments(source.range, factors).range : null }));
  const display = input.currency === null || input.currency === currency ? adjusted.range : convertRange(adjusted.range, input.currency, data.rates);
  const estimate = { input, level, bandRole, tier: match.tier, sources };
  const bonusNote: EstimateNote[] = steps.some((step) => step.factor.kind === BONUS_SHARE_KIND)
    ? [{ code: "total-pay", text: "Total pay here is base plus the bonus share; stock and other pay are not included, as no source gives a share for them." }]
    : [];
  return {
    ...estimate,
    missed: match.missed,
    base,
    steps,
    skipped: decided.skipped,
    context: decided.context,
    range: adjusted.range,
    display,
    notes: [...levelNotes, ...tierNotes(estimate, data), ...dataNotes(sources, base, currency, data), ...bonusNote],
  };
}
