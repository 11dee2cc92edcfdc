import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoCredentials } from "./demo-credentials";

// These start their own production server (the build the suite made) and expect it to refuse to run.

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startShop(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", PMS_SANDBOX: "on", PMS_API_KEY: demoCredentials.apiKey, PMS_SECRET: demoCredentials.secret, APP_URL: `http://localhost:${port}`, DATABASE_URL: "", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 45_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output };
}

test("a second process on the same PGlite folder exits non-zero with one message", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-second-"));
  const dataDir = path.join(dir, "db");
  // This test process holds the folder, as a running `npm run dev` would.
  fs.writeFileSync(`${dataDir}.lock`, String(process.pid));
  try {
    const { code, output } = await startShop({ PGLITE_DIR: dataDir });
    expect(code).toBe(1);
    expect(output.match(/already open in another process/g)).toHaveLength(1);
    expect(output).toContain(`(pid ${process.pid})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a production shop on a real PMS refuses STAFF_PASSWORD at start, pointing to npm run staff:invite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-staff-password-"));
  try {
    const { code, output } = await startShop({
      PGLITE_DIR: path.join(dir, "db"),
      PMS_SANDBOX: "off",
      PMS_BASE_URL: "https://pms.example.com",
      SMTP_URL: "smtp://127.0.0.1:9",
      STAFF_PASSWORD: "a-shared-password",
      NEXTAUTH_SECRET: "e2e-only-nextauth-secret-staff-password",
    });
    expect(code).toBe(1);
    expect(output.match(/STAFF_PASSWORD is refused in production with a real PMS/g)).toHaveLength(1);
    expect(output).toContain("npm run staff:invite -- --owner");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// PostgreSQL is never migrated at start (docs/decisions/007); PGlite migrates itself, so this
// needs the PostgreSQL of DATABASE_URL, which the CI run of the suite always has.
if (process.env.DATABASE_URL) {
  test("an unmigrated PostgreSQL stops the server at start, naming npm run db:migrate", async () => {
    const { default: postgres } = await import("postgres");
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const name = `empty_${Date.now()}`;
    await admin.unsafe(`create database "${name}"`);
    try {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const { code, output } = await startShop({ DATABASE_URL: url.toString() });
      expect(code).toBe(1);
      expect(output.match(/npm run db:migrate/g)).toHaveLength(1);
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
}
