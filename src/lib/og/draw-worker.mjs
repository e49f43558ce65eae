// The OG-image drawing thread (src/lib/og/draw.ts starts it): satori and resvg through next/og's
// ImageResponse, off the server's one JavaScript thread, so that a drawing (about 200 ms of CPU)
// never delays other requests. Plain JavaScript loaded at run time by path, outside Next's bundles.
// Messages in: { id, tree, size } (tree: the element tree as plain { type, props } objects);
// out: { id, png } (an ArrayBuffer, transferred) or { id, error }.
import { readlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";

const { ImageResponse } = createRequire(import.meta.url)("next/og");

// Linux: the lowest priority for this thread only (nice 19 via setpriority on a thread id), so
// that when the cores are short, the server's thread answering readers goes first: at nice 10 the
// thread still took a tenth of a core shared with it. Elsewhere: left as it is.
try {
  const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 19);
} catch {
  // no /proc or not permitted: same priority as the server
}

parentPort.on("message", async ({ id, tree, size }) => {
  try {
    const png = await new ImageResponse(tree, size).arrayBuffer();
    parentPort.postMessage({ id, png }, [png]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
