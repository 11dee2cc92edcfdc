import { parseArgs } from "node:util";
import { z } from "zod";
import { outcomes } from "./status";
import { serveSandbox } from "./serve";
import { computeSign } from "./sign";

const usage = `pms-sandbox — an offline TTRetail PMS v1.7 sandbox

  pms-sandbox serve [--port 4010] [--merchant KEY:SECRET]… [--database URL|FOLDER]
                    [--faults query-slow:2000,webhook-drop] [--allowed-origins URL,…]
                    [--host 127.0.0.1] [--public-url URL]
  pms-sandbox complete <rrn> success|failure|timeout|refund   [--url URL] [--merchant KEY:SECRET]
  pms-sandbox resend <rrn>                                     [--url URL] [--merchant KEY:SECRET]
  pms-sandbox list [--limit 20] [--before NEXT]                [--url URL] [--merchant KEY:SECRET]

serve: the API under /tt-pms-ws/rest (and /online, /tt-pms-ws/online), the payment pages
under /pms-payment and the console at /pms-sandbox. --merchant may repeat; the default is
sandbox-api-key:sandbox-secret. --database: a postgres:// URL, or a folder for PGlite; in
memory when absent. Any http(s) returnUrl and webhookUrl is accepted unless
--allowed-origins narrows them. Timings from PMS_SANDBOX_WEBHOOK_INTERVAL_MS,
PMS_SANDBOX_PAYMENT_TIMEOUT_MS and PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS (milliseconds);
faults also from PMS_SANDBOX_FAULTS. Stops on Ctrl-C (SIGINT) or SIGTERM.

complete, resend, list: ask a running sandbox (--url, default $PMS_SANDBOX_URL or
http://localhost:4010), signed as --merchant (default $PMS_API_KEY:$PMS_SECRET or the
sandbox default).`;

const DEFAULT_MERCHANT = "sandbox-api-key:sandbox-secret";

/** Runs one command; the answer is the process's exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "serve") return await serve(rest);
    if (command === "complete" || command === "resend" || command === "list") return await helper(command, rest);
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      console.log(usage);
      return command === undefined ? 1 : 0;
    }
    console.error(`Unknown command "${command}".\n\n${usage}`);
    return 1;
  } catch (error) {
    // A clear line for the person at the terminal, not a stack trace.
    console.error(`pms-sandbox: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      merchant: { type: "string", multiple: true },
      database: { type: "string" },
      faults: { type: "string" },
      "allowed-origins": { type: "string" },
      "public-url": { type: "string" },
    },
    strict: true,
  });
  const timings = readTimings(process.env);
  const running = await serveSandbox({
    port: parsePort(values.port),
    host: values.host,
    publicUrl: values["public-url"],
    merchants: (values.merchant ?? [DEFAULT_MERCHANT]).map(parseMerchant),
    database: values.database,
    faults: values.faults ?? process.env.PMS_SANDBOX_FAULTS ?? "",
    allowedOrigins: values["allowed-origins"] ? parseOrigins(values["allowed-origins"]) : undefined,
    timings,
  });
  // One write, so whoever reads the output gets every line at once.
  console.log(
    [
      `TTRetail PMS sandbox on ${running.url}`,
      `  Base URL (PMS_BASE_URL)  ${running.url}/tt-pms-ws/rest`,
      ...running.sandbox.config.merchants.map((merchant) => `  Merchant key (apiKey)    ${merchant.apiKey}`),
      `  Console                  ${running.url}/pms-sandbox`,
      `  Database                 ${running.databaseKind}${values.database ? "" : " (in memory)"}`,
    ].join("\n"),
  );
  if (running.sandbox.config.unknownFaults.length > 0) console.warn(`  Unknown faults, ignored: ${running.sandbox.config.unknownFaults.join(", ")}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`\n${signal}: stopping…`);
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  await running.close();
  console.log("Stopped.");
  return 0;
}

const positiveMs = z.coerce.number().int().positive();

function readTimings(env: NodeJS.ProcessEnv) {
  const read = (name: string) => {
    const value = env[name];
    if (value === undefined || value === "") return undefined;
    const parsed = positiveMs.safeParse(value);
    if (!parsed.success) throw new Error(`${name} must be a positive whole number of milliseconds, not "${value}"`);
    return parsed.data;
  };
  return {
    webhookIntervalMs: read("PMS_SANDBOX_WEBHOOK_INTERVAL_MS"),
    paymentTimeoutMs: read("PMS_SANDBOX_PAYMENT_TIMEOUT_MS"),
    timestampToleranceMs: read("PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS"),
  };
}

function parsePort(value: string | undefined): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

function parseMerchant(value: string): { apiKey: string; secret: string; showSecret: boolean } {
  const colon = value.indexOf(":");
  if (colon < 1 || colon === value.length - 1) throw new Error(`--merchant must be KEY:SECRET, not "${value}"`);
  // Typed on this command line, so the console of this local sandbox may show it.
  return { apiKey: value.slice(0, colon), secret: value.slice(colon + 1), showSecret: true };
}

function parseOrigins(value: string): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        const url = new URL(entry);
        if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
      } catch {
        // reported below
      }
      throw new Error(`--allowed-origins must be http(s) URLs separated by commas; "${entry}" is not one`);
    });
}

async function helper(command: "complete" | "resend" | "list", args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      url: { type: "string" },
      merchant: { type: "string" },
      limit: { type: "string" },
      before: { type: "string" },
      lang: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  const base = (values.url ?? process.env.PMS_SANDBOX_URL ?? "http://localhost:4010").replace(/\/+$/, "");
  const envMerchant = process.env.PMS_API_KEY && process.env.PMS_SECRET ? `${process.env.PMS_API_KEY}:${process.env.PMS_SECRET}` : undefined;
  const merchant = parseMerchant(values.merchant ?? envMerchant ?? DEFAULT_MERCHANT);
  const body: Record<string, unknown> = { lang: values.lang ?? "en" };
  if (command === "complete") {
    const [rrn, outcome] = positionals;
    if (!rrn || !outcome || !(outcomes as readonly string[]).includes(outcome)) {
      throw new Error(`usage: pms-sandbox complete <rrn> ${outcomes.join("|")}`);
    }
    Object.assign(body, { rrn, outcome });
  } else if (command === "resend") {
    const [rrn] = positionals;
    if (!rrn) throw new Error("usage: pms-sandbox resend <rrn>");
    body.rrn = rrn;
  } else {
    if (values.limit !== undefined) body.limit = Number(values.limit);
    if (values.before !== undefined) body.before = values.before;
  }
  const timestamp = Date.now();
  const response = await fetch(`${base}/tt-pms-ws/rest/sandbox/${command}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ apiKey: merchant.apiKey, timestamp, sign: computeSign(timestamp, merchant.secret), ...body }),
  }).catch((error: unknown) => {
    throw new Error(`no sandbox answers at ${base} (${error instanceof Error ? error.message : String(error)}); start one with \`pms-sandbox serve\``);
  });
  const text = await response.text();
  let answer: Record<string, unknown>;
  try {
    answer = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`${base} answered HTTP ${response.status}, not the sandbox's JSON: ${text.slice(0, 200)}`);
  }
  if (answer.errorCode !== "0") {
    console.error(`errorCode ${String(answer.errorCode)}: ${String(answer.errorMessage)}`);
    return 2;
  }
  if (command === "list") printList(answer);
  else console.log(JSON.stringify(answer, null, 2));
  return 0;
}

type Listed = { rrn: string; type: string; amt: number; gwRefStatus: string; createdAt: string; webhook: { event: string; state: string; attempts: number } | null };

function printList(answer: Record<string, unknown>): void {
  const rows = (answer.transactions ?? []) as Listed[];
  if (rows.length === 0) console.log("No transactions.");
  for (const row of rows) {
    const webhook = row.webhook ? `webhook ${row.webhook.event} ${row.webhook.state} (${row.webhook.attempts})` : "no webhook";
    console.log(`${row.createdAt}  ${row.rrn}  ${row.type.padEnd(8)} ${String(row.amt).padStart(9)}  ${row.gwRefStatus}  ${webhook}`);
  }
  if (answer.next) console.log(`More: pms-sandbox list --before ${String(answer.next)}`);
}
