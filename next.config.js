import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { devOriginsFor } from "./lib/dev-origins.mjs";
import { machineEndpointHeaders, machineEndpointSource } from "./lib/security/machine-headers.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder;
  // bundling it breaks those paths.
  // rate-limiter-flexible imports drizzle-orm by a computed name at run time, which bundlers cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible"],
  // Our workspace packages ship TypeScript through their `exports` (packages/*/README.md).
  transpilePackages: ["@pms-kit/client", "@pms-kit/sandbox"],
  poweredByHeader: false,
  // The app has several root layouts (shop, admin, sandbox): an unmatched URL gets
  // app/global-not-found.tsx, branded and translated, instead of Next's bare page.
  experimental: { globalNotFound: true, isrFlushToDisk: false },
  // The cached catalog (docs/decisions/009, 010): each instance keeps rendered pages in its own bounded
  // memory (never on disk: made-up URLs cannot fill it, a restart never serves an earlier database's
  // pages), and checks them against the tag expiries in the shared database before serving them, so
  // a change committed anywhere shows on every instance at its next request. Next keeps no copy of
  // its own (cacheMaxMemorySize: 0).
  cacheHandler: fileURLToPath(new URL("./lib/cache/shared-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Dev scripts load at APP_URL's host, localhost and 127.0.0.1 alike (lib/dev-origins.mjs).
  allowedDevOrigins: devOriginsFor(process.env.APP_URL),
  // The PMS sandbox also answers at the URL variants seen in the spec's examples (docs/pms/NOTES.md #1),
  // served by its documented routes under /tt-pms-ws/rest rather than by copies of them.
  async rewrites() {
    const destination = "/tt-pms-ws/rest/online/:operation";
    return [
      { source: "/online/:operation(gateway|sales|query)", destination },
      { source: "/tt-pms-ws/online/:operation(gateway|sales|query)", destination },
    ];
  },
  async headers() {
    return [
      {
        // Product art never changes under a name: new art gets a new file name
        // (the seed points products at it), so browsers may keep these a year.
        source: "/products/:file([a-z0-9-]+\\.svg)",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      // PMS's webhook skips proxy.ts (its matcher): its security headers are these, fixed.
      { source: machineEndpointSource, headers: machineEndpointHeaders },
    ];
  },
};

export default withNextIntl(nextConfig);
