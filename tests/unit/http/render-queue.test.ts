import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RenderQueue } from "@/lib/http/render-queue";

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
