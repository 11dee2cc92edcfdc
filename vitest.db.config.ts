import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "./vitest.shared";

// Database tests: each file gets its own fresh database (see lib/db/test-database.ts),
// on PGlite by default and on the PostgreSQL of DATABASE_URL when it is set.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      include: ["{lib,app,scripts,packages}/**/*.db.test.{ts,tsx}"],
      environment: "node",
      testTimeout: 30_000,
      hookTimeout: 60_000,
      maxWorkers: 2,
    },
  }),
);
