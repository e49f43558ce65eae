import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { needsRenderSlot, registerCacheLookups, RenderQueue, type IncomingRequestLine } from "@/lib/http/render-queue";

const request = (url: string, headers: Record<string, string> = {}): IncomingRequestLine => ({ method: "GET", url, header: (name) => headers[name] });

describe("RenderQueue", () => {
  it("runs as many as it has slots, starts the others first come first served as slots free, and refuses past its line", () => {
    const queue = new RenderQueue(2, 2);
    const started: string[] = [];
    const done = new Map<string, () => void>();
    const enter = (name: string) =>
      queue.enter((finish) => {
        started.push(name);
        done.set(name, finish);
      });
    expect(["a", "b", "c", "d"].map(enter)).toEqual([true, true, true, true]);
    expect(started).toEqual(["a", "b"]);
    expect(enter("e")).toBe(false);
    expect([queue.running, queue.waiting]).toEqual([2, 2]);

    done.get("b")?.();
    done.get("b")?.(); // a second call frees nothing more
    expect(started).toEqual(["a", "b", "c"]);
    expect([queue.running, queue.waiting]).toEqual([2, 1]);
    done.get("a")?.();
    expect(started).toEqual(["a", "b", "c", "d"]);
    done.get("c")?.();
    done.get("d")?.();
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
    expect(enter("f")).toBe(true);
    expect(started.at(-1)).toBe("f");
  });

  it("skips a request whose client left while it waited, so its slot is not lost, and starts the next in line", () => {
    const queue = new RenderQueue(1, 10);
    const started: string[] = [];
    let finishFirst = () => {};
    queue.enter((finish) => {
      started.push("first");
      finishFirst = finish;
    });
    let gone = false;
    queue.enter(() => started.push("left"), () => gone);
    queue.enter(() => started.push("next"));
    gone = true;
    finishFirst();
    expect(started).toEqual(["first", "next"]);
    expect([queue.running, queue.waiting]).toEqual([1, 0]);
  });

  it("starts a waiting render in the queue's own async context, not in the context of the request whose close let it in", () => {
    // Next keeps a snapshot of the context a request starts in; started inside the one before it,
    // each request would keep that one, and it the one before: a chain no collection frees.
    const requestStore = new AsyncLocalStorage<string>();
    const queue = new RenderQueue(1, 10);
    const seen: (string | undefined)[] = [];
    let finishFirst = () => {};
    requestStore.run("first", () =>
      queue.enter((finish) => {
        seen.push(requestStore.getStore());
        finishFirst = finish;
      }),
    );
    requestStore.run("second", () => queue.enter(() => seen.push(requestStore.getStore())));
    requestStore.run("first", () => finishFirst());
    expect(seen).toEqual(["first", undefined]);
  });
});

describe("RenderQueue's lease", () => {
  afterEach(() => vi.useRealTimers());

  it("frees a slot held past its lease for the next in line, and the late close frees nothing more", () => {
    vi.useFakeTimers();
    const queue = new RenderQueue(1, 10, 2_000);
    const started: string[] = [];
    let closeStuck = () => {};
    queue.enter((done) => {
      started.push("stuck");
      closeStuck = done;
    });
    queue.enter(() => started.push("next"));
    vi.advanceTimersByTime(1_999);
    expect(started).toEqual(["stuck"]);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["stuck", "next"]);
    closeStuck();
    expect([queue.running, queue.waiting]).toEqual([1, 0]);
  });
});

describe("needsRenderSlot", () => {
  afterEach(() => delete (globalThis as { salaryExplorerCacheLookups?: unknown }).salaryExplorerCacheLookups);

  it("lets files through, and until the proxy has registered its lookups makes every other request wait its turn", () => {
    for (const file of ["/_next/static/chunks/a.js", "/icon.svg", "/favicon.ico", "/_next/image?url=x"]) expect(needsRenderSlot(request(file))).toBe(false);
    expect(needsRenderSlot(request("/salaries?country=GB"))).toBe(true);
    expect(needsRenderSlot(request("/api/bands"))).toBe(true);
  });

  it("lets the expensive routes through to their own line (limitExpensive)", () => {
    for (const path of ["/api/og/salaries?country=US", "/api/bands.csv", "/api/percentiles?level=senior"]) expect(needsRenderSlot(request(path))).toBe(false);
  });

  it("lets through what the proxy answers from memory and its own render requests, and nothing else", () => {
    registerCacheLookups({
      answersFromMemory: (r) => r.url === "/salaries?country=GB",
      isOwnRender: (r) => r.header("x-salary-explorer-render") === "secret nonce",
    });
    expect(needsRenderSlot(request("/salaries?country=GB"))).toBe(false);
    expect(needsRenderSlot(request("/salaries?country=US"))).toBe(true);
    expect(needsRenderSlot(request("/salaries?country=US", { "x-salary-explorer-render": "secret nonce" }))).toBe(false);
    expect(needsRenderSlot(request("/salaries?country=US", { "x-salary-explorer-render": "guess nonce" }))).toBe(true);
  });
});
