import "server-only";
import type { PmsTransaction } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { getUrlPolicy, paymentPageUrl } from "../config";
import { getDictionary } from "../dictionaries";
import { hasFault } from "../faults";
import { newPaymentToken } from "../ids";
import { langCode } from "../lang";
import { readPaymentTimeoutMs } from "../store/settings";
import { insertTransaction } from "../store/transactions";
import { isUrlAllowed } from "../url-policy";
import type { OperationContext } from "./context";
import { paymentError } from "./errors";
import { parseFields } from "./parse-fields";
import { salesRequestSchema, type SalesRequest } from "./requests";

/** POST /online/sales: stores a pending payment and hands back its paymentUrl. */
export async function createSale({ db, body, now, faults, userAgent }: OperationContext) {
  const sale = parseFields(salesRequestSchema, body, "601");
  assertUrlsAllowed(sale);
  if (hasFault(faults, "sales-601")) throw paymentError((d) => d.api.faultPaymentError);
  const timeoutMs = await readPaymentTimeoutMs(db);
  const row = await insertTransaction(db, {
    rrn: sale.rrn,
    type: sale.type,
    storeCode: sale.storeCode,
    tillId: sale.tillId,
    salesman: sale.salesman,
    txDateTime: sale.txDateTime,
    amt: sale.amt,
    ccy: sale.ccy,
    lang: sale.lang,
    token: newPaymentToken(),
    extendParam: sale.extendParam ?? "",
    returnUrl: sale.returnUrl ?? "",
    webhookUrl: sale.webhookUrl ?? "",
    userAgent: userAgent.slice(0, 500),
    request: withoutSecrets(body),
    createdAt: now,
    expiresAt: new Date(now.getTime() + timeoutMs),
  });
  if (!row) throw paymentError((d) => d.api.duplicateRrn(sale.rrn));
  return salesAnswer(row, timeoutMs);
}

function assertUrlsAllowed(sale: SalesRequest): void {
  const policy = getUrlPolicy();
  for (const field of ["returnUrl", "webhookUrl"] as const) {
    const url = sale[field];
    if (url && !isUrlAllowed(url, policy)) {
      throw paymentError((d) => d.api.urlNotAllowed(field, new URL(env.APP_URL).origin));
    }
  }
}

function withoutSecrets(body: Record<string, unknown>): Record<string, unknown> {
  const { apiKey: _apiKey, sign: _sign, ...rest } = body;
  return rest;
}

/** The spec's sales response, field for field. */
function salesAnswer(row: PmsTransaction, timeoutMs: number) {
  const lang = row.lang as Parameters<typeof langCode>[0];
  return {
    type: row.type,
    rrn: row.rrn,
    storeCode: row.storeCode,
    tillId: row.tillId,
    tradeMode: "WEBSITE",
    txDateTime: row.txDateTime,
    amt: row.amt,
    additionalAmt: 0,
    ccy: row.ccy,
    lang: langCode(lang),
    paymentUrl: paymentPageUrl(row.token),
    gwRefCode: "",
    gwErrorCode: "Approved",
    gwErrorMessage: "",
    timeout: Math.round(timeoutMs / 1000),
    errorCode: "0",
    errorMessage: getDictionary(lang).api.success,
  };
}
