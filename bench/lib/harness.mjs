// Shared by `npm run bench` and `npm run drill`: a throwaway PostgreSQL
// database, the production build, `next start` processes on it, and the
// standalone PMS sandbox for a shop whose PMS is on another origin.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

export const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const nextBin = path.join("node_modules", ".bin", "next");
const tsxBin = path.join("node_modules", ".bin", "tsx");
const pmsSandboxBin = path.join("node_modules", ".bin", "pms-sandbox");

export const staff = { email: "staff@harbour.test", password: "bench-staff-password" };
export const secrets = {
  NEXTAUTH_SECRET: "bench-only-nextauth-secret-0123456789",
  // A production demo refuses the public sandbox credentials (lib/sandbox-mode.ts).
  PMS_API_KEY: "bench-demo-api-key",
  PMS_SECRET: "bench-demo-secret",
};

export function log(line) {
  process.stdout.write(`${line}\n`);
}

/** `next build` once per run, unless BENCH_SKIP_BUILD=1 and a build is there. */
export function buildApp() {
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(".next/BUILD_ID")) return;
  log("building (next build)…");
  const result = spawnSync(nextBin, ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** A new database on the server DATABASE_URL names, migrated and seeded; drop() removes it. */
export async function freshDatabase(prefix) {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  for (const script of ["scripts/db-migrate.ts", "scripts/db-seed.ts"]) {
    const result = spawnSync(tsxBin, [script], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url } });
    if (result.status !== 0) throw new Error(`${script} failed`);
  }
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await sql.end({ timeout: 2 }).catch(() => {});
    const admin2 = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin2.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin2.end();
  };
  process.once("exit", () => {
    if (!dropped) spawnSync("psql", [adminUrl, "-qc", `drop database if exists "${name}" with (force)`], { stdio: "ignore" });
  });
  return { url, sql, drop };
}

/** Production environment for a server on `port` against `databaseUrl`, sandbox on. */
export function serverEnv({ port, databaseUrl, extra = {} }) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl,
    PMS_SANDBOX: "on",
    STAFF_EMAIL: staff.email,
    STAFF_PASSWORD: staff.password,
    ...secrets,
    ...extra,
  };
}

/** `next start` (or any command) with the server environment; resolves once GET / answers. */
export async function startServer({ port, databaseUrl, extra = {}, nodeOptions, nodeArgs = [], quiet = true }) {
  const env = serverEnv({ port, databaseUrl, extra });
  if (nodeOptions) env.NODE_OPTIONS = nodeOptions;
  // nodeArgs: flags Node refuses in NODE_OPTIONS, such as --cpu-prof.
  const child = spawn(process.execPath, [...nodeArgs, path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env,
    stdio: ["ignore", quiet ? "ignore" : "inherit", "pipe"],
  });
  const errors = [];
  child.stderr.on("data", (chunk) => {
    errors.push(String(chunk));
    if (!quiet) process.stderr.write(chunk);
  });
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${errors.join("").slice(-2000)}`);
    try {
      const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} never answered`);
    await sleep(250);
  }
  return { base, child, errors, stop: (signal = "SIGTERM") => stopChild(child, signal) };
}

/** `signal`, then SIGKILL if it has not exited within 10 s. */
async function stopChild(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/**
 * The standalone PMS sandbox (packages/pms-sandbox, `pms-sandbox serve`) in a process of its
 * own on a free port: a PMS on another origin, as a real one is, taking the bench's merchant
 * credentials. On a postgres:// `databaseUrl` it keeps its tables in that database's
 * `pms_sandbox` schema, and it reads the fault switches of `pms_sandbox.settings` on every
 * request (over `faults`, those it starts with). Resolves once it prints its URL.
 */
export async function startPmsSandbox({ databaseUrl, allowedOrigins, faults = "" }) {
  const child = spawn(
    process.execPath,
    [pmsSandboxBin, "serve", "--port", "0", "--merchant", `${secrets.PMS_API_KEY}:${secrets.PMS_SECRET}`, "--database", databaseUrl, "--allowed-origins", allowedOrigins.join(","), "--faults", faults],
    { env: { ...process.env, PMS_SANDBOX_FAULTS: "" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  let base;
  while (!(base = /on (http:\/\/localhost:\d+)\n/.exec(output)?.[1])) {
    if (child.exitCode !== null) throw new Error(`pms-sandbox exited: ${output.slice(-2000)}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`pms-sandbox never printed its URL: ${output.slice(-2000)}`);
    }
    await sleep(100);
  }
  return { base, child, output: () => output, stop: () => stopChild(child) };
}

/**
 * What a shop whose PMS is at `pmsBase` (another origin) takes instead of the built-in
 * sandbox: a real shop's settings, which production checks at start (lib/startup.ts).
 */
export function remotePmsEnv(pmsBase) {
  return {
    PMS_SANDBOX: "off",
    PMS_BASE_URL: `${pmsBase}/tt-pms-ws/rest`,
    // A real shop must be able to send mail; nothing listens here, so mail stays queued.
    SMTP_URL: "smtp://127.0.0.1:9",
    // Refused at start with a real PMS (a shared password, no second factor); empty is unset.
    STAFF_PASSWORD: "",
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Waits until `check()` is truthy, polling; returns false on timeout. */
export async function waitFor(check, { timeoutMs, intervalMs = 50 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(intervalMs);
  }
}
