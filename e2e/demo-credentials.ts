/**
 * The e2e server is a production demo, which refuses the public sandbox
 * credentials (lib/sandbox-mode.ts): it gets these through playwright.config.ts,
 * and specs that call the sandbox's API sign with them.
 */
export const demoCredentials = { apiKey: "e2e-demo-api-key", secret: "e2e-demo-secret" } as const;
