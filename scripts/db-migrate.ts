import { openDatabase } from "../lib/db/connect";
import { migrateDatabase } from "../lib/db/migrate";
import { parseEnv, pgliteDirOf } from "../lib/env";
import { resolveSandboxEnabled } from "../lib/sandbox-mode";

async function main() {
  const env = parseEnv(process.env);
  const handle = await openDatabase(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, max: 1 } : { pgliteDir: pgliteDirOf(env) },
  );
  try {
    const sandbox = resolveSandboxEnabled(env);
    await migrateDatabase(handle, { sandbox });
    console.log(`Migrated the ${handle.kind} database${sandbox ? ", with the PMS sandbox's tables" : ""}.`);
  } finally {
    await handle.close();
  }
}

// A clear one-line error for an operator, not a stack trace.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
