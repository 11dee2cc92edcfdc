import { defineConfig } from "vitest/config";

// The package's own tests, run alone (`npm test -w @pms-kit/client`); the repository's suite runs them too.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], environment: "node" } });
