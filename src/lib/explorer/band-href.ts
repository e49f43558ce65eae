const BAND_PATH = "/salaries/bands";

/** A band's own page, /salaries/bands/<id>: its quote, flags, and what other sources say beside it. */
export function bandHref(id: string): string {
  return `${BAND_PATH}/${encodeURIComponent(id)}`;
}
