/**
 * Draws an OG image on a worker thread (draw-worker.mjs), not on the server's one JavaScript
 * thread: one drawing is about 200 ms of CPU, and every other request would wait behind it
 * (docs/decisions/013-expensive-request-limits.md). How many draw at once is still bounded by the
 * route's `limitExpensive`; the worker draws them one after another.
 */
import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { isValidElement, type ReactElement, type ReactNode } from "react";

/** Resolved at run time from the project folder (`npm start`, the tests and the bench run there), so the bundler leaves it alone. */
const WORKER_FILE = path.join(process.cwd(), "src", "lib", "og", "draw-worker.mjs");

interface Pending {
  resolve: (png: ArrayBuffer) => void;
  reject: (error: Error) => void;
}
interface DrawThread {
  worker: Worker;
  pending: Map<number, Pending>;
  nextId: number;
}

// On globalThis, like the gate in limits.ts: one thread per server however many bundles import this.
const globalForDraw = globalThis as { ogDrawThread?: DrawThread };

function drawThread(): DrawThread {
  if (globalForDraw.ogDrawThread) return globalForDraw.ogDrawThread;
  const worker = new Worker(WORKER_FILE);
  // Idle, it must not keep a stopping server alive.
  worker.unref();
  const thread: DrawThread = { worker, pending: new Map(), nextId: 1 };
  worker.on("message", ({ id, png, error }: { id: number; png?: ArrayBuffer; error?: string }) => {
    const waiting = thread.pending.get(id);
    thread.pending.delete(id);
    if (png) waiting?.resolve(png);
    else waiting?.reject(new Error(`The OG image could not be drawn: ${error}`));
  });
  const fail = (error: Error) => {
    // A dead thread is replaced on the next drawing; whoever waited on it gets the error.
    if (globalForDraw.ogDrawThread === thread) globalForDraw.ogDrawThread = undefined;
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The OG drawing thread exited with code ${code}`)));
  globalForDraw.ogDrawThread = thread;
  return thread;
}

/** The element tree as plain `{ type, props }` objects (what satori reads), so it can be posted to the thread. Only host elements (div, span...) are allowed. */
function plainTree(node: ReactNode): unknown {
  if (Array.isArray(node)) return node.map(plainTree);
  if (!isValidElement(node)) return typeof node === "boolean" || node === undefined ? null : node;
  const element = node as ReactElement<Record<string, unknown>>;
  if (typeof element.type !== "string") throw new Error("An OG image drawn on the worker may hold host elements only");
  const { children, ...props } = element.props;
  return { type: element.type, props: { ...props, children: plainTree(children as ReactNode) } };
}

/** The PNG of `element` at `size`, drawn on the worker thread. */
export function drawImage(element: ReactElement, size: { width: number; height: number }): Promise<Response> {
  const thread = drawThread();
  const id = thread.nextId++;
  const tree = plainTree(element);
  return new Promise<ArrayBuffer>((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.ref();
    thread.worker.postMessage({ id, tree, size });
  })
    .finally(() => {
      if (thread.pending.size === 0) thread.worker.unref();
    })
    .then((png) => new Response(png, { headers: { "content-type": "image/png", "cache-control": "public, max-age=0, must-revalidate" } }));
}
