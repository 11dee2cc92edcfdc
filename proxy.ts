import { NextResponse, type NextRequest } from "next/server";
import { localeCookieName } from "@/i18n/locales";
import { env } from "@/lib/env";
import { moveResultTokenToCookie } from "@/lib/orders/result-token";
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce } from "@/lib/security/headers";
import { planRequest } from "@/lib/security/request-plan";

/**
 * Every response gets the security headers (lib/security/headers.ts). A
 * public catalog page is rewritten to its cached copy in the shopper's
 * language and gets the policy without a nonce (lib/security/request-plan.ts,
 * docs/decisions/009). Any other page renders per request: the request
 * carries the policy too, Next reads the nonce from it and puts it on the
 * scripts it renders; a page that adds a script reads `x-nonce`.
 * No authorization here: that happens where data is touched.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl;
  const plan = planRequest({
    pathname,
    search: searchParams,
    localeCookie: request.cookies.get(localeCookieName)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const nonce = plan.kind === "cached-catalog" ? null : createNonce();
  const input = { nonce, appUrl: env.APP_URL, pmsBaseUrl: env.PMS_BASE_URL, development: env.NODE_ENV === "development" };
  const response = moveResultTokenToCookie(request, env.APP_URL.startsWith("https://")) ?? route(request, plan, input, search);
  for (const [name, value] of Object.entries(buildSecurityHeaders(input))) response.headers.set(name, value);
  return response;
}

function route(request: NextRequest, plan: ReturnType<typeof planRequest>, input: Parameters<typeof buildContentSecurityPolicy>[0], search: string) {
  // The cached page must not see a nonce: Next would stamp it into HTML served to everyone.
  if (plan.kind !== "per-request") {
    const response = NextResponse.rewrite(new URL(plan.rewriteTo + search, request.url));
    // Cached here, per language; the public URL's language comes from the cookie, so no shared cache may keep it.
    response.headers.set("Cache-Control", "private, no-cache");
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", input.nonce ?? "");
  requestHeaders.set("Content-Security-Policy", buildContentSecurityPolicy(input));
  return NextResponse.next({ request: { headers: requestHeaders } });
}

// Everything but PMS's webhook: a flash sale sends hundreds of notifications at once, and each
// only needs storing (no page, no nonce, no locale); next.config.js gives it fixed security
// headers instead (lib/security/machine-headers.mjs). Kept literal: Next reads it at build.
export const config = { matcher: ["/((?!api/pms/webhook/).*)"] };
