import { openDatabase } from "../lib/db/connect";
import { parseEnv } from "../lib/env";

const env = parseEnv(process.env);
const handle = await openDatabase(
  env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, max: 1 } : { pgliteDir: env.PGLITE_DIR },
);
try {
  await handle.migrate();
  console.log(`Migrated the ${handle.kind} database.`);
} finally {
  await handle.close();
}
