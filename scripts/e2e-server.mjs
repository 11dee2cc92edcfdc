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
  // Production never falls back to the sandbox: the suite asks for it by name, as a public demo would.
  // Demo mode also keeps mail in the outbox for /dev/mailbox, where the e2e reads it.
  PMS_SANDBOX: "on",
  // Short clocks so retries and reconciliation happen within a test's patience.
  PMS_SANDBOX_WEBHOOK_INTERVAL_MS: process.env.PMS_SANDBOX_WEBHOOK_INTERVAL_MS ?? "3000",
  RECONCILE_INTERVAL_MS: process.env.RECONCILE_INTERVAL_MS ?? "1000",
  // Checkout asks PMS for its methods every time, so a sandbox fault shows at once.
  PMS_METHODS_CACHE_MS: "0",
  // The suite plays a load balancer: each test names its client in x-forwarded-for (e2e/fixtures.ts).
  TRUSTED_PROXY_HOPS: "1",
  // Production mode needs explicit staff credentials (e2e/admin.spec.ts signs in with them).
  STAFF_EMAIL: "staff@harbour.test",
  STAFF_PASSWORD: "e2e-staff-password",
  NEXTAUTH_SECRET: "e2e-only-nextauth-secret-0123456789",
};

const nextBin = path.join("node_modules", ".bin", "next");

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// E2E_SKIP_BUILD=1 reuses a build made moments ago by the same test run.
if (!fs.existsSync(".next/BUILD_ID") || process.env.E2E_SKIP_BUILD !== "1") run(nextBin, ["build"]);

if (env.DATABASE_URL) {
  env.DATABASE_URL = await createFreshDatabase(env.DATABASE_URL);
  run("npx", ["tsx", "scripts/db-migrate.ts"]);
  run("npx", ["tsx", "scripts/db-seed.ts"]);
} else {
  for (const stale of fs.existsSync(".data") ? fs.readdirSync(".data") : []) {
    const started = Number(/^e2e-(\d+)$/.exec(stale)?.[1]);
    if (started && Date.now() - started > 60 * 60 * 1000) fs.rmSync(path.join(".data", stale), { recursive: true, force: true });
  }
  const dir = path.join(".data", `e2e-${Date.now()}`);
  env.PGLITE_DIR = dir;
  process.on("exit", () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
  });
}

/**
 * Each run gets its own database on the server DATABASE_URL names, so a run
 * never sees another's orders; it is dropped when the server stops, and any
 * left by a killed run are dropped after an hour.
 */
async function createFreshDatabase(url) {
  const { default: postgres } = await import("postgres");
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const stamp = Date.now();
  const name = `e2e_${stamp}_${process.pid}`;
  const stale = await admin`select datname from pg_database where datname ~ '^e2e_[0-9]+_[0-9]+$'`;
  for (const { datname } of stale) {
    if (stamp - Number(datname.split("_")[1]) > 60 * 60 * 1000) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  }
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  process.on("exit", () => {
    spawnSync("psql", [url, "-qc", `drop database if exists "${name}" with (force)`], { stdio: "ignore" });
  });
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

const server = spawn(nextBin, ["start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on("exit", (code) => process.exit(code ?? 0));
