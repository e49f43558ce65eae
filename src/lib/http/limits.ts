/**
 * Limits that keep expensive requests from being turned against the site
 * (docs/decisions/013-expensive-request-limits.md). Two, each usable from the front door or a route
 * handler, with no state shared with the response cache:
 * - `queryRefusal`: a query string too long, with too many parameters or one key repeated too
 *   often is refused before anything parses it (414 or 400, JSON naming the limit);
 * - `limitExpensive`: the routes that do real work per request (the OG image, the CSV export, the
 *   records percentiles) run a few at a time; the others wait in a short queue, and past it, or
 *   after waiting too long, get 503 with Retry-After. Cached responses never reach it;
 * - `expensiveAtDoor`: the same bound counted by the server wrapper (scripts/serve.ts) before
 *   Next.js sees the request, so that a flood past it is refused for a fraction of a millisecond
 *   instead of the ~4 ms of the one JavaScript thread that Next's routing costs.
 */

/** Characters after the "?": the longest URL the site itself makes is a few hundred. */
export const MAX_QUERY_LENGTH = 4096;
const MAX_QUERY_PARAMETERS = 100;
/** One key given more often than this (a multi-select of every country is about 60). */
const MAX_REPEATS_PER_KEY = 64;

/** Expensive work running at once: the server has one JavaScript thread; two keeps it busy while one waits on I/O. */
const MAX_RUNNING = 2;
const MAX_QUEUED = 8;
const MAX_WAIT_MS = 2_000;
const RETRY_AFTER_SECONDS = 1;

/** The refusal for a query over a limit, or null when it is within them. */
export function queryRefusal(url: URL): Response | null {
  const query = url.search.startsWith("?") ? url.search.slice(1) : url.search;
  if (query.length > MAX_QUERY_LENGTH) {
    return refusal(414, `The query string is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted.`, "query");
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const [key] of url.searchParams) {
    total += 1;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (total > MAX_QUERY_PARAMETERS) return refusal(400, `The query has ${total} parameters; at most ${MAX_QUERY_PARAMETERS} are accepted.`, "query");
  for (const [key, count] of counts) {
    if (count > MAX_REPEATS_PER_KEY) return refusal(400, `"${key}" is given ${count} times; at most ${MAX_REPEATS_PER_KEY} are accepted.`, key);
  }
  return null;
}

/** The API's 400 shape (an error and the parameters it concerns), so clients read one format. */
function refusal(status: 400 | 414, reason: string, name: string): Response {
  return Response.json(
    { error: status === 414 ? "URI too long" : "Too many query parameters", parameters: [{ name, reason }] },
    { status, headers: { "cache-control": "no-store" } },
  );
}

interface Gate {
  running: number;
  queue: (() => void)[];
  /** Requests for expensive routes the server wrapper has let in and not yet answered. */
  atDoor?: number;
  /** OG-image requests the door may still let in now, and when that was last counted (ms, performance.now()). */
  ogAllowance?: { tokens: number; at: number };
}

// On globalThis: route handlers of one server may live in separate bundles, and must share one gate.
const globalForLimits = globalThis as { expensiveWorkGate?: Gate };
const gate = (): Gate => (globalForLimits.expensiveWorkGate ??= { running: 0, queue: [] });

/**
 * Runs `work` when a slot is free; 503 with Retry-After when the queue is full or the wait too
 * long. `work` must return a response whose body is already complete (not a stream still being
 * rendered), or the slot would be freed while the work goes on.
 */
export async function limitExpensive(work: () => Promise<Response>): Promise<Response> {
  const g = gate();
  if (g.running >= MAX_RUNNING) {
    if (g.queue.length >= MAX_QUEUED) return busy();
    const admitted = await new Promise<boolean>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = g.queue.indexOf(wake);
        if (at !== -1) g.queue.splice(at, 1);
        resolve(false);
      }, MAX_WAIT_MS);
      g.queue.push(wake);
    });
    if (!admitted) return busy();
  } else {
    g.running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot to the next in line, or give it back.
    const next = g.queue.shift();
    if (next) next();
    else g.running -= 1;
  }
}

const BUSY_BODY = { error: "The server is busy with other expensive requests; try again shortly." };
const BUSY_HEADERS = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };

/** The 503 as the server wrapper sends it, outside Next.js. */
export const BUSY_REFUSAL = { headers: { ...BUSY_HEADERS, "content-type": "application/json" }, body: JSON.stringify(BUSY_BODY) };

function busy(): Response {
  return Response.json(BUSY_BODY, { status: 503, headers: BUSY_HEADERS });
}

const OG_PATH = "/api/og/salaries";
/** The routes whose handlers call `limitExpensive`. */
const EXPENSIVE_PATHS = new Set([OG_PATH, "/api/bands.csv", "/api/percentiles"]);
/** A route whose work `limitExpensive` bounds: it waits in that line, not the render line (render-queue.ts). */
export const hasOwnLimit = (pathname: string): boolean => EXPENSIVE_PATHS.has(pathname);

/**
 * Requests for them inside Next.js at once: as many as the slots and the queue hold. One more
 * would only reach `limitExpensive` to be refused there, after costing the thread Next's routing.
 */
const MAX_AT_DOOR = MAX_RUNNING + MAX_QUEUED;
/**
 * The door's 503 is sent after a pause: a client that ignores Retry-After and asks again at once
 * would otherwise get ~1,700 refusals a second from 64 connections, each a few tenths of a
 * millisecond of the thread readers need (measured, ADR 013). Waiting costs a timer, not the
 * thread. The pause is drawn between 0.5 and 1.5 s (around Retry-After's second): with one fixed
 * pause, the refusals of connections refused together come due together, and the clients ask again
 * together, so the thread meets them in bursts that readers wait behind.
 */
const DOOR_PAUSE_MS = { min: 500, spread: 1_000 };

/**
 * New OG images a second, and at most as many at once after a quiet spell: each one admitted costs the server's thread
 * about 12 ms (Next's routing, the element tree, the PNG's way back) and V8's collector, which runs
 * at normal priority, about 17 ms more, whatever the drawing thread's own priority (measured, ADR
 * 013). Bounding their number at once still let 17 a second through on two cores, and readers of
 * cached pages waited behind them. An image is drawn once per shared link and then cached, so four
 * a second is far above what sharing asks for; past it, the door's 503. A larger burst (10)
 * let a flood's first seconds through at twice the rate, and readers felt it (ADR 013).
 */
const OG_PER_SECOND = 4;

/**
 * The OG budget is the machine's: the drawing threads and the collectors of every serving process
 * share its cores, so each of the WEB_CONCURRENCY processes (scripts/serve.ts sets it) takes its share.
 */
const ogPerSecondHere = () => OG_PER_SECOND / Math.max(1, Number(process.env.WEB_CONCURRENCY) || 1);

function ogAllowed(g: Gate): boolean {
  const now = performance.now();
  const rate = ogPerSecondHere();
  const allowance = (g.ogAllowance ??= { tokens: rate, at: now });
  allowance.tokens = Math.min(rate, allowance.tokens + ((now - allowance.at) / 1000) * rate);
  allowance.at = now;
  if (allowance.tokens < 1) return false;
  allowance.tokens -= 1;
  return true;
}

export type DoorDecision = { refused: false; release: () => void } | { refused: true; status: 503; headers: Record<string, string>; body: string; afterMs: number };

/**
 * For the server wrapper, before Next.js: a request for an expensive route while MAX_AT_DOOR of
 * them are already inside, or an OG image past OG_PER_SECOND, is refused with the same 503 as
 * `limitExpensive`'s, sent after `afterMs` (cached ones too: they are refused only while the
 * expensive routes are saturated). An admitted one must call `release` when its response closes.
 * Other paths are always admitted.
 */
export function expensiveAtDoor(url: string | undefined): DoorDecision {
  const pathname = (url ?? "/").split("?", 1)[0] as string;
  if (!EXPENSIVE_PATHS.has(pathname)) return { refused: false, release: () => {} };
  const g = gate();
  g.atDoor ??= 0;
  if (g.atDoor >= MAX_AT_DOOR || (pathname === OG_PATH && !ogAllowed(g))) {
    return { refused: true, status: 503, ...BUSY_REFUSAL, afterMs: DOOR_PAUSE_MS.min + Math.random() * DOOR_PAUSE_MS.spread };
  }
  g.atDoor += 1;
  let released = false;
  return {
    refused: false,
    release: () => {
      if (!released) g.atDoor = (g.atDoor ?? 1) - 1;
      released = true;
    },
  };
}

/** A response whose body has been produced in full, so the work behind it is over. */
export async function completed(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
