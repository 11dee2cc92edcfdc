import { z } from "zod";
import { emptyToUndefined, parseEnvWith, positiveInt } from "@/lib/env";

/**
 * The sandbox's own variables, validated once like lib/env.ts (startup
 * imports this file so a bad value stops the server at once). PMS_SANDBOX
 * itself stays in lib/env.ts: the PMS client needs it too.
 */

const ORIGINS_HINT = "must be http(s) origins separated by commas, such as https://demo.example,https://www.demo.example";

// "https://a.example, https://b.example/" → ["https://a.example", "https://b.example"]; a path is a mistake.
const originList = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .default("")
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
        const origin = toOrigin(entry);
        if (!origin) {
          ctx.addIssue({ code: "custom", message: `${ORIGINS_HINT} ("${entry}" is not one)` });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    }),
);

function toOrigin(entry: string): string | undefined {
  try {
    const url = new URL(entry);
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    return (url.protocol === "http:" || url.protocol === "https:") && bare ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export const sandboxEnvSchema = z.object({
  PMS_SANDBOX_TIMESTAMP_TOLERANCE_MS: positiveInt(300_000),
  PMS_SANDBOX_WEBHOOK_INTERVAL_MS: positiveInt(300_000),
  PMS_SANDBOX_PAYMENT_TIMEOUT_MS: positiveInt(300_000),
  PMS_SANDBOX_FAULTS: z.preprocess(emptyToUndefined, z.string().default("")),
  // Production only: origins besides APP_URL's that a sale's returnUrl and webhookUrl may point to.
  PMS_SANDBOX_ALLOWED_ORIGINS: originList,
});

export type SandboxEnv = z.infer<typeof sandboxEnvSchema>;

export const sandboxEnv: SandboxEnv = parseEnvWith(sandboxEnvSchema);
