import { defineConfig } from "vitest/config";

// The package's own tests, run alone (`npm test -w @pms-kit/sandbox`); the repository's suite runs them too
// (unit tests with vitest.config.ts, *.db.test.ts with vitest.db.config.ts, on PostgreSQL when DATABASE_URL is set).
export default defineConfig({
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], environment: "node", testTimeout: 30_000, hookTimeout: 60_000, maxWorkers: 2 },
});
