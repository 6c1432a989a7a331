import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    globalSetup: ["tests/helpers/global-setup.ts"],
    include: ["tests/**/*.test.{ts,tsx}"],
    // A whole e2e journey (two sign-ins, a worker's run) took past 30 s on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // End-to-end files each start a server and a browser: two at a time suits a 2-core machine.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
