// Debian's Chromium (`apt-get install chromium`), for the browser tests and Lighthouse alike:
// `npx playwright install` cannot download a browser on this closed network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What a closed network needs: no QUIC, no background updates or sync that would wait on the internet. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
