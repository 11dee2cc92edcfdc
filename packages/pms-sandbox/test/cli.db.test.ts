import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The CLI as a merchant runs it: `pms-sandbox serve` in its own process (PGlite in memory,
// a free port), the README's plain-Node example against it, then the helper commands.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "pms-sandbox.mjs");

type Run = { code: number | null; stdout: string; stderr: string };

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

let server: ChildProcess;
let output = "";
let baseUrl = "";
const exited = () => new Promise<number | null>((resolve) => (server.exitCode !== null ? resolve(server.exitCode) : server.once("exit", resolve)));

beforeAll(async () => {
  server = spawn(process.execPath, [bin, "serve", "--port", "0", "--merchant", "k:s"], {
    cwd: root,
    // A short interval, so a failed first delivery is retried within the test's patience.
    env: { ...process.env, PMS_SANDBOX_WEBHOOK_INTERVAL_MS: "1000", PMS_SANDBOX_FAULTS: "" },
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /on (http:\/\/localhost:\d+)\n[\s\S]*Database .*\n/.exec(output);
      if (match) {
        clearTimeout(timer);
        baseUrl = match[1]!;
        resolve();
      }
    };
    server.stdout!.on("data", check);
    server.once("exit", () => reject(new Error(`exited:\n${output}`)));
  });
}, 90_000);

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await exited();
  }
});

describe("pms-sandbox serve", () => {
  it("prints the base URL and the merchant key", () => {
    expect(output).toContain(`Base URL (PMS_BASE_URL)  ${baseUrl}/tt-pms-ws/rest`);
    expect(output).toMatch(/Merchant key \(apiKey\)\s+k\n/);
    expect(output).not.toContain(":s");
  });

  it("runs the README's plain Node merchant: sells, queries, completes and receives the webhook", async () => {
    const result = await run([path.join(root, "examples", "merchant.mjs")], { PMS_BASE_URL: `${baseUrl}/tt-pms-ws/rest`, PMS_API_KEY: "k", PMS_SECRET: "s" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`sold (\\d{24}): the shopper pays at ${baseUrl}/pms-payment/[A-Za-z0-9_-]{32}\\n`));
    expect(result.stdout).toContain("query: gwRefStatus 05\n");
    expect(result.stdout).toMatch(/webhook for \d{24}: amount 12850\n/);
    expect(result.stdout).toMatch(/query: gwRefStatus 01, paid HK\$128\.50, gwRefCode [0-9a-f-]{36}\n/);
  });

  it("serves the payment page in the sale's language, the console, and the spec's URL variants", async () => {
    const sale = await signedPost("/online/sales", saleFields("zh_cn"));
    expect(sale.errorCode).toBe("0");
    const page = await fetch(String(sale.paymentUrl));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("卡号");
    expect(html).toContain(String(sale.rrn));
    const consolePage = await fetch(`${baseUrl}/pms-sandbox`);
    expect(await consolePage.text()).toContain(String(sale.rrn));
    for (const variant of ["/tt-pms-ws/rest/online/gateway", "/online/gateway", "/tt-pms-ws/online/gateway"]) {
      expect((await signedPost(variant, { lang: "en" }, "")).errorCode, variant).toBe("0");
    }
    expect((await fetch(`${baseUrl}/no-such-page`)).status).toBe(404);
  });

  // Each command is a process of its own (node, tsx): slow on a busy machine.
  it("takes the payment page's own form posts and refuses one from another site's page", async () => {
    const sale = await signedPost("/online/sales", { ...saleFields("en"), type: "WXPAY" });
    const decide = (origin: string) =>
      fetch(`${String(sale.paymentUrl)}/decide`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin },
        body: "decision=success",
        redirect: "manual",
      });
    expect((await decide("https://evil.example")).status).toBe(403);
    expect((await signedPost("/online/query", { type: "WXPAY", rrn: sale.rrn, storeCode: "ST01" })).gwRefStatus).toBe("05");
    const own = await decide(baseUrl);
    expect(own.status).toBe(303);
    expect(own.headers.get("location")).toMatch(/^http:\/\/localhost:9\/return\?rrn=/);
    expect((await signedPost("/online/query", { type: "WXPAY", rrn: sale.rrn, storeCode: "ST01" })).gwRefStatus).toBe("01");
  });

  it("complete, list and resend work against it, signed like the test helper", { timeout: 120_000 }, async () => {
    const sale = await signedPost("/online/sales", saleFields("en"));
    const helper = (...args: string[]) => run([bin, ...args, "--url", baseUrl, "--merchant", "k:s"]);
    const completed = await helper("complete", String(sale.rrn), "success");
    expect(completed.code).toBe(0);
    expect(JSON.parse(completed.stdout)).toMatchObject({ rrn: sale.rrn, gwRefStatus: "01", errorCode: "0" });
    const listed = await helper("list", "--limit", "1");
    expect(listed.stdout).toContain(`${String(sale.rrn)}  VMPAY`);
    expect(listed.stdout).toContain("More: pms-sandbox list --before ");
    const resent = await helper("resend", String(sale.rrn));
    expect(JSON.parse(resent.stdout)).toMatchObject({ rrn: sale.rrn, resent: 1, errorCode: "0" });
    const again = await helper("complete", String(sale.rrn), "failure");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("errorCode 601");
    const forged = await run([bin, "list", "--url", baseUrl, "--merchant", "k:wrong"]);
    expect(forged).toMatchObject({ code: 2, stderr: expect.stringContaining("errorCode 40002") });
  });

  it("stops cleanly on SIGTERM", async () => {
    server.kill("SIGTERM");
    expect(await exited()).toBe(0);
    expect(output).toContain("SIGTERM: stopping…\nStopped.\n");
  });
});

function saleFields(lang: string) {
  return {
    type: "VMPAY",
    rrn: String(Date.now()) + String(Math.floor(Math.random() * 1e6)),
    storeCode: "ST01",
    tillId: "01",
    salesman: "9999",
    txDateTime: "2021-06-11T16:18:30+0800",
    amt: 12850,
    ccy: "HKD",
    lang,
    extendParam: '{"subject":"Tea","seller":"Harbour Goods"}',
    returnUrl: "http://localhost:9/return",
    // A webhook nobody answers: the sandbox keeps retrying, which is what resend restarts.
    webhookUrl: "http://127.0.0.1:9/webhook",
  };
}

async function signedPost(pathname: string, fields: Record<string, unknown>, prefix = "/tt-pms-ws/rest"): Promise<Record<string, unknown>> {
  const { createHmac } = await import("node:crypto");
  const timestamp = Date.now();
  const sign = createHmac("sha1", "s").update(String(timestamp)).digest("base64");
  const response = await fetch(`${baseUrl}${prefix}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ apiKey: "k", timestamp, sign, ...fields }),
  });
  return (await response.json()) as Record<string, unknown>;
}
