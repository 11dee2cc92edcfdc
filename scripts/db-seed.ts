import { openDatabase } from "../lib/db/connect";
import { seedCatalog } from "../lib/db/seed";
import { parseEnv, pgliteDirOf } from "../lib/env";

async function main() {
  const env = parseEnv(process.env);
  const handle = await openDatabase(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, max: 1 } : { pgliteDir: pgliteDirOf(env) },
  );
  try {
    const count = await seedCatalog(handle.db);
    // The catalog belongs to staff once it has anything in it: the seed only fills an empty one.
    console.log(count > 0 ? `Seeded ${count} products into the ${handle.kind} database.` : `The ${handle.kind} database already has a catalog; left it as it is.`);
  } finally {
    await handle.close();
  }
}

// A clear one-line error for an operator, not a stack trace.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
