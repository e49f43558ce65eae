import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "../../src"),
      // Tests that open the store as another process would go through the data layer, which is server-only.
      "server-only": path.resolve(import.meta.dirname, "../setup/server-only.ts"),
    },
  },
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.ts"],
    setupFiles: ["tests/e2e/setup-browser.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser and one server: files run one after another.
    fileParallelism: false,
  },
});
