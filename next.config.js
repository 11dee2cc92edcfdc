import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder;
  // bundling it breaks those paths.
  // rate-limiter-flexible imports drizzle-orm by a computed name at run time, which bundlers cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
