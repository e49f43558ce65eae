/** Round USD steps an axis may take: the smallest giving at most MAX_TICKS intervals is used. */
const TICK_STEPS = [10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000];
const MAX_TICKS = 7;

/** An axis from a round number at or below `low` to one at or above `high`, with its ticks. Shared by the records, trends and histogram charts. */
export function roundAxis(low: number, high: number): { from: number; to: number; ticks: number[] } {
  const step = TICK_STEPS.find((s) => Math.ceil(high / s) - Math.floor(low / s) <= MAX_TICKS) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const from = Math.floor(low / step) * step;
  const to = Math.max(Math.ceil(high / step) * step, from + step);
  const ticks = Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
  return { from, to, ticks };
}
