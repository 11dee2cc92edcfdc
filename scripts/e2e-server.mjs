// Starts the production build for the end-to-end suite on a fresh database:
// the PostgreSQL of DATABASE_URL (migrated and seeded here), or a new
// embedded PGlite folder that the app creates, migrates and seeds itself.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3300";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  PORT: port,
  APP_URL: `http://localhost:${port}`,
  // Short clocks so retries and reconciliation happen within a test's patience.
  PMS_SANDBOX_WEBHOOK_INTERVAL_MS: process.env.PMS_SANDBOX_WEBHOOK_INTERVAL_MS ?? "3000",
  RECONCILE_INTERVAL_MS: process.env.RECONCILE_INTERVAL_MS ?? "1000",
};

const nextBin = path.join("node_modules", ".bin", "next");

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// E2E_SKIP_BUILD=1 reuses a build made moments ago by the same test run.
if (!fs.existsSync(".next/BUILD_ID") || process.env.E2E_SKIP_BUILD !== "1") run(nextBin, ["build"]);

if (env.DATABASE_URL) {
  run("npx", ["tsx", "scripts/db-migrate.ts"]);
  run("npx", ["tsx", "scripts/db-seed.ts"]);
} else {
  const dir = path.join(".data", `e2e-${Date.now()}`);
  env.PGLITE_DIR = dir;
  process.on("exit", () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
  });
}

const server = spawn(nextBin, ["start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on("exit", (code) => process.exit(code ?? 0));
