import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The sandbox: its library, its pages and its API routes.
const sandboxFiles = ["lib/pms-sandbox/**", "app/(pms-sandbox)/**", "app/tt-pms-ws/**", "app/online/**"];
// "@/lib/pms-sandbox/…", its app folders, or a relative path into lib/pms-sandbox/ (not lib/db/schema/pms-sandbox.ts).
const sandboxModule = String.raw`^@/(lib/pms-sandbox|app/\(pms-sandbox\)|app/tt-pms-ws|app/online)(/|$)|^(\.\.?/)+(lib/)?pms-sandbox/`;
// "@/lib/pms…" or "@/lib/payments…", or a relative path up into them.
const shopPaymentModule = String.raw`^(@/lib/|(\.\./)+(lib/)?)(pms|payments)(/|$)`;

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { secret: _secret, ...safe } = x` is how we drop fields on purpose.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Type-aware checks: a promise nobody awaits loses its errors, and one handed to a
    // callback that expects void (an event handler, forEach) runs unobserved.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  // Import zones: the PMS sandbox could be lifted into a package of its own.
  {
    // The shop reaches the sandbox only where its job loops and startup are wired. Tests may
    // put the two together (lib/pms/client-sandbox.db.test.ts runs the client against it).
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: [...sandboxFiles, "lib/jobs/**", "lib/startup.ts", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: sandboxModule, message: "The shop never imports the PMS sandbox; it talks to it over HTTP (see lib/pms-sandbox/README.md)." }] }],
    },
  },
  {
    // The sandbox is another company's system: it knows the shop only over HTTP.
    files: sandboxFiles,
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: shopPaymentModule, message: "The PMS sandbox never imports the PMS client (lib/pms) or the shop's payments (lib/payments)." }] }],
    },
  },
  {
    // Playwright fixtures call their parameter `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
