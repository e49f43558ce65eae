/** "+13%", "−13%" (a true minus sign), "0%": a percentage with its sign, rounded to `decimals` places. */
export function formatSignedPercent(pct: number, decimals = 0): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(pct * scale) / scale;
  if (rounded === 0) return "0%";
  return `${rounded < 0 ? "\u2212" : "+"}${Math.abs(rounded)}%`;
}

/** "+20% to +30%", or one figure when both ends are the same. */
export function formatPercentRange(lowPct: number, highPct: number, decimals = 0): string {
  const low = formatSignedPercent(lowPct, decimals);
  const high = formatSignedPercent(highPct, decimals);
  return low === high ? low : `${low} to ${high}`;
}
