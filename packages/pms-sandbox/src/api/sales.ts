import { paymentPageUrl, type SandboxConfig } from "../config";
import { getDictionary } from "../dictionaries";
import { hasFault } from "../faults";
import { newPaymentToken } from "../ids";
import { langCode } from "../lang";
import type { PmsTransaction } from "../store/schema";
import { readPaymentTimeoutMs } from "../store/settings";
import { insertTransaction } from "../store/transactions";
import { isUrlAllowed, type UrlPolicy } from "../url-policy";
import type { OperationContext } from "./context";
import { paymentError } from "./errors";
import { parseFields } from "./parse-fields";
import { salesRequestSchema, type SalesRequest } from "./requests";

/** POST /online/sales: stores a pending payment and hands back its paymentUrl. */
export async function createSale({ db, config, body, now, faults, userAgent }: OperationContext) {
  const sale = parseFields(salesRequestSchema, body, "601");
  assertUrlsAllowed(sale, config.urlPolicy);
  if (hasFault(faults, "sales-601")) throw paymentError((d) => d.api.faultPaymentError);
  const timeoutMs = await readPaymentTimeoutMs(db, config.timings.paymentTimeoutMs);
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
  return salesAnswer(config, row, timeoutMs);
}

function assertUrlsAllowed(sale: SalesRequest, policy: UrlPolicy): void {
  for (const field of ["returnUrl", "webhookUrl"] as const) {
    const url = sale[field];
    if (url && !isUrlAllowed(url, policy)) {
      throw paymentError((d) => d.api.urlNotAllowed(field, policy.anyHttpUrl ? [] : policy.origins));
    }
  }
}

function withoutSecrets(body: Record<string, unknown>): Record<string, unknown> {
  const { apiKey: _apiKey, sign: _sign, ...rest } = body;
  return rest;
}

/** The spec's sales response, field for field. */
function salesAnswer(config: SandboxConfig, row: PmsTransaction, timeoutMs: number) {
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
    paymentUrl: paymentPageUrl(config, row.token),
    gwRefCode: "",
    gwErrorCode: "Approved",
    gwErrorMessage: "",
    timeout: Math.round(timeoutMs / 1000),
    errorCode: "0",
    errorMessage: getDictionary(lang).api.success,
  };
}
