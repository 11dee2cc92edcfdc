// Module boundaries that `npm test` checks (scripts/run-tests.mjs, step "boundaries").
// dependency-cruiser reads the TypeScript itself, type-only imports included, so a cycle or a
// forbidden import made "only for a type" still counts.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment:
        "Modules must form a tree: a cycle, even through a type-only import, makes load order fragile and " +
        "ties two concerns together. Move the shared part into a leaf module.",
      from: {},
      to: { circular: true },
    },
    {
      name: "packages-stand-alone",
      severity: "error",
      comment:
        "A workspace package (packages/*) is for any merchant's app: it imports nothing of this shop, " +
        "only its own files, other packages and npm dependencies.",
      from: { path: "^packages/([^/]+)/" },
      to: { path: "^(app|lib|i18n|messages|e2e|scripts|drizzle|test)/|^(proxy|instrumentation)\\.ts$" },
    },
    {
      name: "schema-is-a-leaf",
      severity: "error",
      comment:
        "The database schema describes tables; the domain builds on it, never the other way round. " +
        "Types both need live in leaf modules the schema may import (lib/db/schema/*, packages).",
      from: { path: "^lib/db/schema/" },
      to: { path: "^(app|lib)/", pathNot: "^lib/db/schema/|^lib/[^/]+/shapes\\.ts$" },
    },
    {
      name: "shapes-are-leaves",
      severity: "error",
      comment: "A shapes module (lib/*/shapes.ts) holds data shapes the schema stores; it imports no module of ours.",
      from: { path: "^lib/[^/]+/shapes\\.ts$" },
      to: { path: "^(app|lib|packages)/" },
    },
    {
      name: "sandbox-speaks-http",
      severity: "error",
      comment:
        "The PMS sandbox is another company's system: the package and the shop's mount of it know the PMS client and " +
        "the shop's payments only over HTTP (tests may put the two together).",
      from: { path: "^(packages/pms-sandbox|lib/pms-sandbox|app/\\(pms-sandbox\\)|app/tt-pms-ws)/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^(packages/pms-client|lib/pms|lib/payments)/" },
    },
    {
      name: "shop-mounts-the-sandbox-in-one-place",
      severity: "error",
      comment:
        "The shop talks to the PMS sandbox over HTTP, as to the real PMS. Only its mount (lib/pms-sandbox, the sandbox's " +
        "pages and routes), the job and startup wiring and the migrations reach the package (tests may too).",
      from: {
        path: "^(app|lib|i18n|scripts)/|^(proxy|instrumentation)\\.ts$",
        pathNot:
          "^(lib/pms-sandbox|app/\\(pms-sandbox\\)|app/tt-pms-ws|lib/jobs)/|^lib/startup\\.ts$|^lib/db/(migrate|startup-check)\\.ts$|\\.test\\.tsx?$",
      },
      to: { path: "^(packages/pms-sandbox|lib/pms-sandbox|app/\\(pms-sandbox\\)|app/tt-pms-ws)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|\\.data|test-results|playwright-report)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
