/**
 * Renders a few at a time, the others waiting in line, first come first served
 * (docs/decisions/016-renders-in-line.md).
 *
 * The server has one JavaScript thread. Left to themselves, 32 renders at once share it in small
 * slices (React's streams yield between chunks), so each one ends only when about all of them
 * have: every answer takes as long as 32 renders, and a large view, which needs more slices, far
 * longer (p99 3.5x p50, measured). In line, a render runs alone and the waiting costs a closure:
 * the answers are spread evenly, and the first come are served first.
 *
 * Only renders wait. The front door (front-door.ts) lets files, the response cache's answers from
 * memory, its own render requests (their outer request already holds a slot) and the expensive
 * routes, which have their own line (`limitExpensive`, ADR 013: an OG image is drawn on a
 * low-priority thread, and a slot held for it would stall the line whenever that thread starves),
 * through at once.
 */

import { AsyncLocalStorage } from "node:async_hooks";

/** Renders running at once: one keeps the thread busy; a second overlaps a render's waits on its streams. */
export const RENDER_SLOTS = 2;
/** Past this many waiting, a request is refused with 503 and Retry-After instead of waiting longer than ~10 s. */
export const MAX_WAITING_RENDERS = 1_000;
/**
 * A slot is lent for at most this long: a render still running then goes on outside the count, so
 * one stuck response (a client reading slowly, a render waiting on a starved thread) cannot stop
 * the line. A render takes 5-50 ms on a quiet machine.
 */
const SLOT_LEASE_MS = 2_000;

export class RenderQueue {
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  /**
   * The async context the queue was made in: make it at start-up, outside any request. A waiting
   * render is started from the `done` of the one before it, inside that request's async context; Next
   * keeps a snapshot of the context it starts in on each request's work store, so every request
   * started there kept the one before it, and that one the one before: a chain of every request
   * that waited, which no collection could free (heap snapshots under the soak, ADR 016).
   */
  readonly #startupContext = AsyncLocalStorage.snapshot();

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
    readonly leaseMs = SLOT_LEASE_MS,
  ) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Calls `start` now when a slot is free, or when one frees in turn. `start` receives `done`, to
   * call once its response has closed (calling it again, or after the lease ran out, is harmless). A request whose client has
   * gone while it waited (`abandoned`: a cancelled prefetch, a closed tab) is skipped when its turn
   * comes: it would never close again, and its slot would never be freed. Returns false, without
   * calling `start`, when the line is full.
   */
  enter(start: (done: () => void) => void, abandoned: () => boolean = () => false): boolean {
    const run = () => {
      if (abandoned()) {
        this.#startNext();
        return;
      }
      this.#running += 1;
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        clearTimeout(lease);
        this.#running -= 1;
        this.#startNext();
      };
      const lease = setTimeout(done, this.leaseMs);
      lease.unref();
      start(done);
    };
    if (this.#running < this.slots) run();
    else if (this.#waiting.length >= this.maxWaiting) return false;
    else this.#waiting.push(run);
    return true;
  }

  /** Starts the first waiting render, if any, in the queue's own context, not the caller's. */
  #startNext(): void {
    const next = this.#waiting.shift();
    if (next) this.#startupContext(next);
  }
}
