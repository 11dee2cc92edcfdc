import type { z } from "zod";
import { buildExtendParam } from "./extend-param";
import { pmsFailure, pmsOk, type PmsFailureKind, type PmsResult } from "./failure";
import type { PmsLang } from "./lang";
import type { PmsPaymentType } from "./payment-types";
import { gatewayRequestSchema, queryRequestSchema, salesRequestSchema } from "./request-schemas";
import { reshapeGateways, reshapePayment, reshapeSale, type PaymentAtPms, type PaymentMethodAtPms, type SaleAtPms } from "./reshape";
import { gatewayResponseSchema, queryResponseSchema, salesResponseSchema } from "./response-schemas";
import { describeIssues } from "./schema-helpers";
import { sign } from "./sign";
import { formatPmsDateTime } from "./time";
import { postPms, type PmsPath } from "./transport";

export type CreateSaleInput = {
  type: PmsPaymentType;
  /** 24 digits, fresh for every attempt, never reused (docs/pms/NOTES.md #9). */
  rrn: string;
  /** Integer cents; 10 is $0.10. */
  amountCents: number;
  /** Defaults to HKD. Anything else is refused before PMS is called: PMS only takes HKD (docs/pms/NOTES.md #6). */
  currency?: string;
  lang: PmsLang;
  txDateTime: Date;
  /** What is bought / who sells it; shown on the PMS payment page. */
  subject: string;
  seller: string;
  returnUrl: string;
  webhookUrl: string;
  /** The shopper's own User-Agent, so PMS picks the PC or mobile page (docs/pms/NOTES.md #4). */
  userAgent?: string;
  remarks?: string;
};

export type QueryPaymentInput = { type: PmsPaymentType; rrn: string; lang?: PmsLang };

/** PMS has no payment under this rrn (its "other error" answer to a query). */
export type QueryFailureKind = PmsFailureKind | "unknown-payment";

export type PmsClient = {
  getGateways(input: { lang: PmsLang }): Promise<PmsResult<PaymentMethodAtPms[]>>;
  createSale(input: CreateSaleInput): Promise<PmsResult<SaleAtPms>>;
  queryPayment(input: QueryPaymentInput): Promise<PmsResult<PaymentAtPms, QueryFailureKind>>;
};

/** What a merchant is given by TTRetail, plus where its PMS lives. Passed in: this package reads no environment. */
export type PmsClientConfig = {
  /** The service base, e.g. https://pms-prod-fps.ttretail.com/tt-pms-ws/rest (docs/pms/NOTES.md #1). */
  baseUrl: string;
  apiKey: string;
  secret: string;
  storeCode: string;
  tillId: string;
  salesman: string;
  /** Per request; defaults to 10 s. */
  timeoutMs?: number;
};

export type PmsClientDeps = {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const UNKNOWN_RRN_CODE = "40002";
// PMS does not document a length limit for subject/seller; gateways such as WeChat Pay cap
// their descriptions, so keep them short rather than risk a rejected payment.
const MAX_SUBJECT_CHARACTERS = 100;

type Auth = { apiKey: string; sign: string; timestamp: number };

type Exchange<T> = {
  path: PmsPath;
  context?: string;
  headers?: Record<string, string>;
  requestSchema: z.ZodType;
  buildBody: (auth: Auth) => Record<string, unknown>;
  responseSchema: z.ZodType<T>;
  /** Returns a description of the mismatch when PMS answered about a different payment. */
  verify?: (data: T) => string | undefined;
};

/** Results are values, never exceptions: every call resolves to `{ ok: true }` or a typed failure. */
export function createPmsClient(config: PmsClientConfig, deps: PmsClientDeps = {}): PmsClient {
  const fetchImpl: typeof fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = deps.now ?? Date.now;
  const timeoutMs = config.timeoutMs !== undefined && Number.isFinite(config.timeoutMs) && config.timeoutMs > 0 ? config.timeoutMs : DEFAULT_TIMEOUT_MS;
  const credentials = [config.apiKey, config.secret];

  async function exchange<T>(x: Exchange<T>): Promise<PmsResult<T>> {
    const label = `POST ${x.path}${x.context ? ` (${x.context})` : ""}`;
    let secrets = credentials;
    let body: unknown;
    try {
      // A fresh timestamp and sign for every request, never cached (docs/pms/NOTES.md #2).
      const timestamp = Math.floor(now());
      const signature = sign(timestamp, config.secret);
      secrets = [...credentials, signature];
      const checked = x.requestSchema.safeParse(x.buildBody({ apiKey: config.apiKey, sign: signature, timestamp }));
      if (!checked.success) {
        return pmsFailure("invalid-request", `${label} not sent: ${describeIssues(checked.error.issues)}`, secrets);
      }
      body = checked.data;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return pmsFailure("invalid-request", `${label} not sent: ${reason}`, secrets);
    }

    const answer = await postPms({
      baseUrl: config.baseUrl,
      path: x.path,
      body,
      ...(x.headers && { headers: x.headers }),
      timeoutMs,
      fetch: fetchImpl,
      secrets,
      ...(x.context && { context: x.context }),
    });
    if (!answer.ok) return answer;

    const parsed = x.responseSchema.safeParse(answer.data);
    if (!parsed.success) {
      return pmsFailure("malformed", `${label} answered errorCode 0 but ${describeIssues(parsed.error.issues)}`, secrets);
    }
    const mismatch = x.verify?.(parsed.data);
    if (mismatch !== undefined) {
      return pmsFailure("malformed", `${label} answered about a different payment: ${mismatch}`, secrets);
    }
    return pmsOk(parsed.data);
  }

  return {
    async getGateways({ lang }) {
      const result = await exchange({
        path: "/online/gateway",
        requestSchema: gatewayRequestSchema,
        buildBody: (auth) => ({ ...auth, lang }),
        responseSchema: gatewayResponseSchema,
      });
      return result.ok ? pmsOk(reshapeGateways(result.data)) : result;
    },

    async createSale(input) {
      const userAgent = sanitizeUserAgent(input.userAgent);
      const result = await exchange({
        path: "/online/sales",
        context: `rrn ${String(input.rrn)}`,
        ...(userAgent && { headers: { "User-Agent": userAgent } }),
        requestSchema: salesRequestSchema,
        buildBody: (auth) => ({
          ...auth,
          type: input.type,
          rrn: input.rrn,
          storeCode: config.storeCode,
          tillId: config.tillId,
          salesman: config.salesman,
          txDateTime: formatPmsDateTime(input.txDateTime),
          amt: input.amountCents,
          ccy: input.currency ?? "HKD",
          lang: input.lang,
          extendParam: buildExtendParam({ subject: shorten(input.subject), seller: shorten(input.seller) }),
          returnUrl: input.returnUrl,
          webhookUrl: input.webhookUrl,
          ...(input.remarks !== undefined && { remarks: input.remarks }),
        }),
        responseSchema: salesResponseSchema,
        // Never hand the shopper a payment page for some other rrn or amount.
        verify: (sale) =>
          sale.rrn !== input.rrn
            ? `rrn ${sale.rrn} instead of ${input.rrn}`
            : sale.amt !== input.amountCents
              ? `amt ${sale.amt} instead of ${input.amountCents}`
              : sale.ccy.toUpperCase() !== "HKD"
                ? `ccy ${sale.ccy} instead of HKD`
                : undefined,
      });
      return result.ok ? pmsOk(reshapeSale(result.data)) : result;
    },

    async queryPayment({ type, rrn, lang }) {
      const result = await exchange({
        path: "/online/query",
        context: `rrn ${String(rrn)}`,
        requestSchema: queryRequestSchema,
        buildBody: (auth) => ({
          ...auth,
          type,
          rrn,
          storeCode: config.storeCode,
          tillId: config.tillId,
          ...(lang !== undefined && { lang }),
        }),
        responseSchema: queryResponseSchema,
        verify: (payment) => (payment.rrn !== rrn ? `rrn ${payment.rrn} instead of ${rrn}` : undefined),
      });
      if (result.ok) return pmsOk(reshapePayment(result.data));
      // PMS answers "other error" (40002) for an rrn it does not know (docs/pms/NOTES.md #12).
      const { failure } = result;
      return failure.kind === "pms-error" && failure.errorCode === UNKNOWN_RRN_CODE
        ? { ok: false, failure: { ...failure, kind: "unknown-payment" } }
        : result;
    },
  };
}

// A header value with control or non-ASCII characters makes fetch throw; a shopper's odd
// User-Agent must not cost them the payment, so drop such characters instead.
function sanitizeUserAgent(userAgent: string | undefined): string | undefined {
  if (typeof userAgent !== "string") return undefined;
  const clean = userAgent.replace(/[^\x20-\x7e]/g, "").trim().slice(0, 512);
  return clean === "" ? undefined : clean;
}

function shorten(text: string): string {
  const characters = Array.from(text.trim());
  return characters.length > MAX_SUBJECT_CHARACTERS
    ? `${characters.slice(0, MAX_SUBJECT_CHARACTERS - 1).join("")}…`
    : characters.join("");
}
