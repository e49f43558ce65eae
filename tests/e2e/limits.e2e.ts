// Limits on expensive requests and on query size (src/lib/http/limits.ts, ADR 013), over HTTP.
import { describe, expect, it } from "vitest";
import { baseUrl } from "./fixtures";

async function get(path: string) {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
}

describe("query caps", () => {
  it("refuses a query over 4,096 characters with a JSON 414, and too many parameters or repeats with a JSON 400", async () => {
    const cases: [string, number][] = [
      [`/api/bands?title=${"a".repeat(5000)}`, 414],
      [`/salaries?${Array.from({ length: 101 }, (_, i) => `p${i}=1`).join("&")}`, 400],
      [`/api/percentiles?${Array<string>(65).fill("country=US").join("&")}`, 400],
    ];
    for (const [path, status] of cases) {
      const answer = await get(path);
      expect({ path: path.slice(0, 40), status: answer.status }).toEqual({ path: path.slice(0, 40), status });
      const json = JSON.parse(answer.body.toString("utf8")) as { error: string; parameters: { name: string; reason: string }[] };
      expect(json.parameters[0]?.reason).toMatch(/at most/);
    }
  });
});

describe("expensive requests", () => {
  it("draws OG images (on the worker thread) a few at a time and refuses the rest with 503 and Retry-After, while pages still answer", { timeout: 60_000 }, async () => {
    const stamp = Date.now();
    const flood = Array.from({ length: 40 }, (_, i) => get(`/api/og/salaries?country=US&limits-test=${stamp}-${i}`));
    const page = await get("/salaries");
    const answers = await Promise.all(flood);
    expect(page.status).toBe(200);

    const drawn = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 503);
    expect(drawn.length + refused.length).toBe(answers.length);
    // At least the first in a slot is drawn (more, if the machine has a core to spare within the queue's 2 s).
    expect(drawn.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThan(0);
    for (const image of drawn) {
      expect(image.headers.get("content-type")).toBe("image/png");
      expect(image.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    for (const busy of refused) {
      expect(busy.headers.get("retry-after")).toBe("1");
      expect(busy.headers.get("cache-control")).toBe("no-store");
      expect(busy.headers.get("x-content-type-options")).toBe("nosniff");
      expect(JSON.parse(busy.body.toString("utf8"))).toEqual({ error: expect.stringMatching(/busy/) });
    }
    // Once the flood is over, a new image is drawn again.
    expect((await get(`/api/og/salaries?country=GB&limits-test=${stamp}-after`)).status).toBe(200);
  });
});
