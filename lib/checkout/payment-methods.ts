import "server-only";
import { env } from "@/lib/env";
import { getPmsClient, type PmsFailureKind } from "@/lib/pms";
import { processSingleton } from "@/lib/process-singleton";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { toPmsLang, type AppLocale, type PmsLang } from "@pms-kit/client/lang";

/** `label` is PMS's own name for the method, in the shopper's language; the shop shows its own name first. */
export type PaymentMethod = { type: PmsPaymentType; label: string; logo: string | undefined };
export type PaymentMethodsResult = { ok: true; methods: PaymentMethod[] } | { ok: false; reason: PmsFailureKind | "config" };

// Logos are data URIs of a few KB each; asking PMS on every checkout view is
// wasteful, but the list must not go stale for long either (PMS_METHODS_CACHE_MS).
const methodCache = processSingleton<Map<PmsLang, { at: number; methods: PaymentMethod[] }>>("payment-method-cache");

/** Forget every cached method list, so the next checkout asks PMS again. */
export function resetPaymentMethodCache(): void {
  methodCache.set(undefined);
}

export async function getPaymentMethods({ locale }: { locale: AppLocale }): Promise<PaymentMethodsResult> {
  const lang = toPmsLang(locale);
  const cache = methodCache.get(() => new Map());
  const cached = cache.get(lang);
  if (cached && Date.now() - cached.at < env.PMS_METHODS_CACHE_MS) return { ok: true, methods: cached.methods };
  let client;
  try {
    client = getPmsClient();
  } catch (error) {
    console.error("[checkout]", error instanceof Error ? error.message : error);
    return { ok: false, reason: "config" };
  }
  const answer = await client.getGateways({ lang });
  if (!answer.ok) {
    console.warn(`[checkout] gateway list unavailable: ${answer.failure.detail}`);
    return { ok: false, reason: answer.failure.kind };
  }
  const methods = answer.data;
  if (methods.length === 0) return { ok: false, reason: "malformed" };
  cache.set(lang, { at: Date.now(), methods });
  return { ok: true, methods };
}
