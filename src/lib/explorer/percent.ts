/** "+13%", "−13%" (a true minus sign), "0%": a percentage rounded to a whole number, with its sign. */
export function formatSignedPercent(pct: number): string {
  const rounded = Math.round(pct);
  if (rounded === 0) return "0%";
  return `${rounded < 0 ? "\u2212" : "+"}${Math.abs(rounded)}%`;
}
