/**
 * The security headers every response carries (set in proxy.ts). Pure, so the
 * policy is tested without a server. Scripts run only with this request's
 * nonce (Next adds it to its own scripts when it finds it in the request's
 * CSP); forms may post only to us and to PMS, whose payment page is on
 * another origin in production.
 *
 * A cached catalog page (nonce null) is HTML rendered once for everyone, so
 * no per-request nonce can be on its scripts: it allows our own and inline
 * scripts instead. It renders only our catalog data, escaped by React, and
 * reads no cookie (docs/decisions/009-catalog-from-cache.md); every other
 * directive is as strict as on the pages that handle money or personal data.
 */
export type SecurityHeaderInput = {
  nonce: string | null;
  appUrl: string;
  pmsBaseUrl: string | undefined;
  development: boolean;
};

export function buildContentSecurityPolicy({ nonce, appUrl, pmsBaseUrl, development }: SecurityHeaderInput): string {
  const pmsOrigin = pmsBaseUrl ? new URL(pmsBaseUrl).origin : undefined;
  const formTargets = ["'self'", ...(pmsOrigin && pmsOrigin !== new URL(appUrl).origin ? [pmsOrigin] : [])];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // React's development build evaluates code for its call stacks; production never does.
    [
      "script-src",
      "'self'",
      ...(nonce === null ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`, "'strict-dynamic'"]),
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Style attributes (React's style={}) and the style tags Next injects carry no nonce.
    ["style-src", "'self'", "'unsafe-inline'"],
    // Payment method logos come from PMS as data: URIs; the QR code is drawn inline.
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", ...formTargets],
    ["frame-ancestors", "'none'"],
    ...(isHttps(appUrl) ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

export function buildSecurityHeaders(input: SecurityHeaderInput): Record<string, string> {
  return {
    "Content-Security-Policy": buildContentSecurityPolicy(input),
    "X-Content-Type-Options": "nosniff",
    // Our result and order URLs may carry a bearer token: other sites never see our paths.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    ...(isHttps(input.appUrl) ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable, fresh per request. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const isHttps = (url: string) => new URL(url).protocol === "https:";
