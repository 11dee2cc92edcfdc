import { z } from "zod";

/**
 * The one place that reads process.env. Everything else imports `env`.
 * Validated once, at first import; a bad variable stops the process with a
 * message naming it, instead of failing later in some request.
 */
export const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().min(1).optional());
export const positiveInt = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be a whole number of milliseconds, such as 5000" })
      .int({ error: "must be a whole number of milliseconds, such as 5000" })
      .positive({ error: "must be greater than zero" })
      .default(fallback),
  );
const positiveCount = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be a whole number, such as 20" })
      .int({ error: "must be a whole number, such as 20" })
      .positive({ error: "must be greater than zero" })
      .default(fallback),
  );
// "3600000,21600000" -> [3600000, 21600000]: increasing delays in milliseconds.
const delayList = (fallback: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default(fallback)
      .transform((text) => text.split(",").map((part) => Number(part.trim())))
      .refine((list) => list.every((ms, i) => Number.isInteger(ms) && ms > 0 && (i === 0 || ms > list[i - 1]!)), {
        error: "must be increasing whole numbers of milliseconds, comma-separated, such as 3600000,21600000",
      }),
  );
const onOff = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.enum(["on", "off"]).optional(),
);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Set by Next itself; `next build` must never open the database.
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  // Unset: `.data/pglite` (pgliteDirOf). In production, naming it is how an operator says they mean
  // the embedded database (a single-instance demo); without it or DATABASE_URL production stops.
  PGLITE_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  APP_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://localhost:3000" })
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  PMS_BASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .optional()
      .transform((url) => url?.replace(/\/+$/, "")),
  ),
  PMS_API_KEY: optionalString,
  PMS_SECRET: optionalString,
  PMS_STORE_CODE: z.preprocess(emptyToUndefined, z.string().min(1).max(32).default("ST01")),
  PMS_TILL_ID: z.preprocess(emptyToUndefined, z.string().min(1).max(32).default("01")),
  PMS_SALESMAN: z.preprocess(emptyToUndefined, z.string().min(1).max(32).default("9999")),
  PMS_TIMEOUT_MS: positiveInt(10_000),
  // How long PMS keeps an unpaid payment open (docs/pms/NOTES.md #14), when its answer does not say.
  PMS_PAYMENT_TIMEOUT_MS: positiveInt(300_000),
  // How long checkout reuses PMS's list of payment methods; 0 asks PMS on every checkout view.
  PMS_METHODS_CACHE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(60_000)),
  RECONCILE_INTERVAL_MS: positiveInt(5_000),
  // A payment PMS still calls pending this long after its timeout is settled as expired.
  RECONCILE_GIVE_UP_AFTER_MS: positiveInt(1_800_000),
  // The longest wait between two /online/query tries for one payment, PMS down or not.
  RECONCILE_MAX_BACKOFF_MS: positiveInt(300_000),
  // After a payment failed or expired, ask PMS again this long after (docs/decisions/006).
  PAYMENT_LATE_CHECKS_MS: delayList("3600000,21600000,86400000"),
  // Tries to confirm one stored notification before the inbox hands it to reconciliation.
  WEBHOOK_INBOX_MAX_ATTEMPTS: positiveCount(20),
  // The sandbox's own PMS_SANDBOX_* variables live in lib/pms-sandbox/env.ts.
  PMS_SANDBOX: onOff,
  // Staff back office (/admin). Outside production both have working defaults so
  // the quick start needs no env file; in production, unset means no staff sign-in.
  STAFF_EMAIL: z.preprocess(emptyToUndefined, z.email({ error: "must be an email address" }).default("staff@harbour.test")),
  STAFF_PASSWORD: z.preprocess(emptyToUndefined, z.string().min(8, { error: "must be at least 8 characters" }).optional()),
  NEXTAUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, { error: "must be at least 16 characters" }).optional()),
  // Baseline routes for `npm run bench` (app/bench/*); unset, they answer 404.
  BENCH_ROUTES: onOff,
  // Mail (lib/mail): unset SMTP_URL keeps mail in the database outbox (/dev/mailbox outside production).
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL such as smtp://user:pass@host:587" }).optional(),
  ),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().min(3).max(200).default("Harbour Goods <shop@harbour.test>")),
  // How many proxies in front of the shop append to x-forwarded-for (a load balancer: 1). The
  // throttles count the address the outermost one saw; 0 (no proxy) uses the socket's address.
  TRUSTED_PROXY_HOPS: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "must be a whole number of proxies, such as 1" }).int({ error: "must be a whole number of proxies, such as 1" }).min(0).max(10).default(0),
  ),
  // Retention (lib/db/prune.ts): abandoned carts, processed webhook notifications and sent mail go
  // after this many days; expired counters, sign-in tokens and sign-in links' bodies as they expire.
  PRUNE_CARTS_AFTER_DAYS: positiveCount(30),
  PRUNE_WEBHOOK_INBOX_AFTER_DAYS: positiveCount(30),
  PRUNE_SENT_MAIL_AFTER_DAYS: positiveCount(90),
  PRUNE_INTERVAL_MS: positiveInt(3_600_000),
  BACKGROUND_JOBS: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.enum(["on", "off"]).default("on"),
  ),
});

export type Env = z.infer<typeof envSchema>;

/** The embedded database's folder: PGLITE_DIR, else `.data/pglite` (the quick start's). */
export function pgliteDirOf(source: Pick<Env, "PGLITE_DIR">): string {
  return source.PGLITE_DIR ?? ".data/pglite";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseEnvWith(envSchema, source);
}

/** For a module that owns its own variables: validated the same way, failing with the same message. */
export function parseEnvWith<T extends z.ZodType>(schema: T, source: Record<string, string | undefined> = process.env): z.output<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join(".") || "(environment)"}: ${issue.message}`,
  );
  throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
}

export const env: Env = parseEnv(process.env);
