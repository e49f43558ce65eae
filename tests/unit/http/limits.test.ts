import { afterEach, describe, expect, it, vi } from "vitest";
import { expensiveAtDoor, limitExpensive, queryRefusal } from "@/lib/http/limits";

const reset = () => delete (globalThis as { expensiveWorkGate?: unknown }).expensiveWorkGate;
afterEach(reset);

describe("expensiveAtDoor", () => {
  it("lets in as many expensive requests as the slots and queue hold, refuses the next with 503 and Retry-After, and lets one in again once one is released", () => {
    reset();
    const admitted = Array.from({ length: 10 }, (_, i) => expensiveAtDoor(i % 2 === 0 ? `/api/bands.csv?n=${i}` : `/api/percentiles?n=${i}`));
    expect(admitted.every((d) => !d.refused)).toBe(true);
    const refused = expensiveAtDoor("/api/bands.csv?country=US");
    expect(refused).toMatchObject({ refused: true, status: 503, headers: { "retry-after": "1", "cache-control": "no-store" } });
    if (refused.refused) expect(JSON.parse(refused.body)).toEqual({ error: expect.stringMatching(/busy/) });
    // Other paths are never counted nor refused.
    expect(expensiveAtDoor("/salaries?country=US").refused).toBe(false);
    const first = admitted[0];
    if (first && !first.refused) {
      first.release();
      first.release(); // twice counts once
    }
    expect(expensiveAtDoor("/api/percentiles").refused).toBe(false);
    expect(expensiveAtDoor("/api/percentiles").refused).toBe(true);
  });

  it("lets in four new OG images a second, four at most after a quiet spell, and the other expensive routes as before", () => {
    reset();
    vi.useFakeTimers({ toFake: ["performance"] });
    try {
      const ask = (path: string) => {
        const decision = expensiveAtDoor(path);
        if (!decision.refused) decision.release();
        return decision.refused;
      };
      // Each is answered before the next arrives, so only the rate can refuse them.
      expect(Array.from({ length: 5 }, (_, i) => ask(`/api/og/salaries?n=${i}`))).toEqual([false, false, false, false, true]);
      expect(ask("/api/percentiles?country=US")).toBe(false);
      vi.advanceTimersByTime(250);
      expect(ask("/api/og/salaries?n=5")).toBe(false);
      expect(ask("/api/og/salaries?n=6")).toBe(true);
      vi.advanceTimersByTime(10_000);
      expect(Array.from({ length: 5 }, (_, i) => ask(`/api/og/salaries?later=${i}`))).toEqual([false, false, false, false, true]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("limitExpensive", () => {
  it("runs two at once, queues eight and answers the rest 503 with Retry-After", async () => {
    reset();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const work = async () => {
      await held;
      return new Response("ok");
    };
    const answers = Array.from({ length: 12 }, () => limitExpensive(work));
    const early = await Promise.race([Promise.all(answers.slice(10)), new Promise((r) => setTimeout(() => r("pending"), 50))]);
    expect(Array.isArray(early) && early.map((r: Response) => [r.status, r.headers.get("retry-after")])).toEqual([
      [503, "1"],
      [503, "1"],
    ]);
    release();
    expect((await Promise.all(answers.slice(0, 10))).map((r) => r.status)).toEqual(Array(10).fill(200));
  });
});

describe("queryRefusal", () => {
  it("is 414 past 4,096 characters and 400 past 100 parameters or 64 repeats of a key", () => {
    expect(queryRefusal(new URL(`http://x/?q=${"a".repeat(4100)}`))?.status).toBe(414);
    expect(queryRefusal(new URL(`http://x/?${Array.from({ length: 101 }, (_, i) => `p${i}=1`).join("&")}`))?.status).toBe(400);
    expect(queryRefusal(new URL(`http://x/?${Array(65).fill("k=1").join("&")}`))?.status).toBe(400);
    expect(queryRefusal(new URL("http://x/?country=US&country=GB"))).toBeNull();
  });
});
