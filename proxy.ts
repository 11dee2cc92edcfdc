import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { moveResultTokenToCookie } from "@/lib/orders/result-token";
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce } from "@/lib/security/headers";

/**
 * Every response gets the security headers (lib/security/headers.ts). The
 * request carries the policy too: Next reads the nonce from it and puts it on
 * the scripts it renders; a page that adds a script reads `x-nonce`.
 * No authorization here: that happens where data is touched.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const input = { nonce, appUrl: env.APP_URL, pmsBaseUrl: env.PMS_BASE_URL, development: env.NODE_ENV === "development" };
  const headers = buildSecurityHeaders(input);
  let response = moveResultTokenToCookie(request, env.APP_URL.startsWith("https://"));
  if (!response) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", buildContentSecurityPolicy(input));
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
