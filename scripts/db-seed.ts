import { openDatabase } from "../lib/db/connect";
import { seedCatalog } from "../lib/db/seed";
import { parseEnv } from "../lib/env";

const env = parseEnv(process.env);
const handle = await openDatabase(
  env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, max: 1 } : { pgliteDir: env.PGLITE_DIR },
);
try {
  const count = await seedCatalog(handle.db);
  console.log(`Seeded ${count} products into the ${handle.kind} database.`);
} finally {
  await handle.close();
}
