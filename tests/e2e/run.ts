// npm run test:e2e: the browser and HTTP tests against the real production server.
// Builds the app if needed, loads a fresh database, serves it on a free port,
// runs tests/e2e/*.e2e.ts against it with vitest, and stops the server.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "../../scripts/build";
import { CHROMIUM_PATH } from "../support/chromium";
import { freshDatabase, ONE_PROCESS, startProductionServer } from "../support/production-server";

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

buildIfStale();
const workDir = path.resolve("tmp/e2e");
rmSync(workDir, { recursive: true, force: true });
const databaseFile = await freshDatabase(path.join(workDir, "e2e.db"));
// One process: the tests assert what one process's cache keeps ("from the second request on");
// processes.e2e.ts tests the shipped default of one process per core (ADR 017).
const server = await startProductionServer(databaseFile, { showLog: true, ...ONE_PROCESS });
let status = 1;
try {
  const vitest = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--config", "tests/e2e/vitest.config.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: server.baseUrl, CHROMIUM_PATH, E2E_DATABASE_FILE: databaseFile, E2E_SERVER_PID: String(server.pid) },
  });
  status = vitest.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);
