// npm run test:e2e: the browser and HTTP tests against the real production server.
// Builds the app if needed, loads a fresh database, serves it on a free port,
// runs tests/e2e/*.e2e.ts against it with vitest, and stops the server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setupDatabase } from "@/lib/db/setup";
import { buildIfStale, NEXT_BIN } from "../../scripts/build";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s`);
}

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

buildIfStale();
const workDir = path.resolve("tmp/e2e");
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const databaseFile = path.join(workDir, "e2e.db");
await setupDatabase(databaseFile, path.resolve("data"));

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
  env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "inherit", "inherit"],
});
let status = 1;
try {
  await waitForServer(`${baseUrl}/api/factors`, 60_000);
  const vitest = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--config", "tests/e2e/vitest.config.ts"], {
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: CHROMIUM, E2E_DATABASE_FILE: databaseFile, E2E_SERVER_PID: String(server.pid) },
  });
  status = vitest.status ?? 1;
} finally {
  server.kill("SIGTERM");
}
process.exit(status);
