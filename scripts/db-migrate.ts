import { openDatabase } from "../lib/db/connect";
import { parseEnv, pgliteDirOf } from "../lib/env";

async function main() {
  const env = parseEnv(process.env);
  const handle = await openDatabase(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, max: 1 } : { pgliteDir: pgliteDirOf(env) },
  );
  try {
    await handle.migrate();
    console.log(`Migrated the ${handle.kind} database.`);
  } finally {
    await handle.close();
  }
}

// A clear one-line error for an operator, not a stack trace.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
