import os from "node:os";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { productionPmsProblem } from "./sandbox-mode";

const demoKeys = { PMS_API_KEY: "demo-key", PMS_SECRET: "demo-secret-of-this-shop" };

describe("production never falls back to the sandbox", () => {
  it("refuses production with neither PMS_BASE_URL nor PMS_SANDBOX=on, naming both", () => {
    for (const PMS_SANDBOX of [undefined, "off"] as const) {
      const problem = productionPmsProblem({ NODE_ENV: "production", PMS_BASE_URL: undefined, PMS_SANDBOX, ...demoKeys });
      expect(problem).toMatch(/PMS_BASE_URL/);
      expect(problem).toMatch(/PMS_SANDBOX=on/);
    }
  });

  it("starts production with a real PMS, or with the sandbox asked for by name", () => {
    expect(productionPmsProblem({ NODE_ENV: "production", PMS_BASE_URL: "https://pms.example", PMS_SANDBOX: undefined, ...demoKeys })).toBeUndefined();
    expect(productionPmsProblem({ NODE_ENV: "production", PMS_BASE_URL: undefined, PMS_SANDBOX: "on", ...demoKeys })).toBeUndefined();
  });

  it("refuses a production demo on the public sandbox credentials, which would let anyone approve their own payment", () => {
    const publicKeys = { PMS_API_KEY: "sandbox-api-key", PMS_SECRET: "sandbox-secret" };
    for (const keys of [{ PMS_API_KEY: undefined, PMS_SECRET: undefined }, publicKeys, { ...demoKeys, PMS_SECRET: "sandbox-secret" }, { ...demoKeys, PMS_API_KEY: undefined }]) {
      const problem = productionPmsProblem({ NODE_ENV: "production", PMS_BASE_URL: undefined, PMS_SANDBOX: "on", ...keys });
      expect(problem).toMatch(/PMS_API_KEY and PMS_SECRET/);
    }
  });

  it("keeps the quick start: development and tests fall back to the sandbox", () => {
    for (const NODE_ENV of ["development", "test"] as const) {
      expect(productionPmsProblem({ NODE_ENV, PMS_BASE_URL: undefined, PMS_SANDBOX: undefined, PMS_API_KEY: undefined, PMS_SECRET: undefined })).toBeUndefined();
    }
  });
});

// The real startup code in a child process, as `next start` runs it, without background jobs.
function start(vars: { NODE_ENV: "production" } & Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `const { startNodeServer } = await import(${JSON.stringify(path.resolve("lib/startup.ts"))});
await startNodeServer();
console.log("started");
process.exit(0);`;
  const args = ["--import", "tsx", "--conditions=react-server", "--input-type=module", "-e", script];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { env: { PATH: process.env.PATH, BACKGROUND_JOBS: "off", PGLITE_DIR: path.join(os.tmpdir(), `startup-${process.pid}-${Date.now()}`), ...vars } }, (_, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe("startup", { timeout: 60_000 }, () => {
  it("exits non-zero in production without a PMS, with one message naming both variables", async () => {
    const run = await start({ NODE_ENV: "production" });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("started");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PMS_BASE_URL[\s\S]*PMS_SANDBOX=on/);
  });

  it("exits non-zero for a production demo on the public sandbox credentials", async () => {
    const run = await start({ NODE_ENV: "production", PMS_SANDBOX: "on" });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/PMS_API_KEY and PMS_SECRET/);
  });

  it("starts in production with PMS_SANDBOX=on and its own credentials", async () => {
    const run = await start({ NODE_ENV: "production", PMS_SANDBOX: "on", ...demoKeys });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("started");
  });

  it("stops on a bad sandbox variable, naming it", async () => {
    const run = await start({ NODE_ENV: "production", PMS_SANDBOX: "on", ...demoKeys, PMS_SANDBOX_ALLOWED_ORIGINS: "https://demo.example/path" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("PMS_SANDBOX_ALLOWED_ORIGINS: must be http(s) origins");
  });
});

describe("production guards beside the PMS", () => {
  it("refuses PMS_SANDBOX=on beside a real PMS_BASE_URL in production, naming both", () => {
    const problem = productionPmsProblem({ NODE_ENV: "production", PMS_BASE_URL: "https://pms.example", PMS_SANDBOX: "on", ...demoKeys });
    expect(problem).toMatch(/PMS_SANDBOX=on[\s\S]*PMS_BASE_URL/);
    expect(productionPmsProblem({ NODE_ENV: "production", PMS_BASE_URL: "https://pms.example", PMS_SANDBOX: "off", ...demoKeys })).toBeUndefined();
    // Development may still run the sandbox beside a PMS it points at (e2e/pms-other-origin.spec.ts does the reverse).
    expect(productionPmsProblem({ NODE_ENV: "development", PMS_BASE_URL: "https://pms.example", PMS_SANDBOX: "on", ...demoKeys })).toBeUndefined();
  });
});

describe("startup guards", { timeout: 60_000 }, () => {
  it("exits in production without DATABASE_URL, naming it, unless PGLITE_DIR names the embedded database", async () => {
    const run = await start({ NODE_ENV: "production", PMS_SANDBOX: "on", ...demoKeys, PGLITE_DIR: "" });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/without DATABASE_URL/);
  });

  it("exits in production with the sandbox beside a real PMS", async () => {
    const run = await start({ NODE_ENV: "production", PMS_SANDBOX: "on", PMS_BASE_URL: "https://pms.example/tt-pms-ws/rest", ...demoKeys });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PMS_SANDBOX=on cannot run beside PMS_BASE_URL/);
  });
});
