// Retention for cron: `npm run db:prune` deletes what the README's "Data that is kept" says may go,
// in batches of 500 until nothing is left. Safe beside running app instances on PostgreSQL (each
// batch skips rows another process holds); the embedded PGlite allows one process, so stop the app first there.
import { getDatabase } from "../lib/db";
import { pruneAll } from "../lib/db/prune";
import { allPruners } from "../lib/jobs/prune";

async function main() {
  const handle = await getDatabase();
  try {
    const counts = await pruneAll(handle.db, allPruners(), { batch: 500, maxBatches: Number.MAX_SAFE_INTEGER });
    console.log(`db:prune: ${Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(", ")}`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(`db:prune failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
