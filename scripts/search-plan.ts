// `npm run search:plan`: how product search is served, on a fresh database
// (PGlite in memory, or a new database on DATABASE_URL's server, dropped after).
// Prints the query plans and the median time of a search as a ratio to the
// home page's own listing query (all products), measured in the same run: a
// claim about speed in the README comes from this output, not from a stopwatch.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { listProducts, searchProducts } from "../lib/catalog/queries";
import { seedCatalog } from "../lib/db/seed";
import { createTestDatabase, type TestDatabase } from "../lib/db/test-database";

const rounds = 300;

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function plan(database: TestDatabase, query: string, forceIndex = false): Promise<string> {
  const pattern = `%${query.toLowerCase()}%`;
  return database.db.transaction(async (tx) => {
    if (forceIndex) await tx.execute(sql`set local enable_seqscan = off`);
    const result = await tx.execute(sql`explain analyze select id from products where search_text like ${pattern}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
    return rows.map((row) => `    ${Object.values(row)[0]}`).join("\n");
  });
}

async function main() {
  const database = await createTestDatabase();
  try {
    await seedCatalog(database.db);
    const n = (await listProducts()).total;
    console.log(`search plan on ${database.kind}, ${n} products\n`);
    for (const query of ["茶", "teapot"]) {
      console.log(`  "${query}" as the planner chooses:\n${await plan(database, query)}\n`);
    }
    console.log(`  "teapot" with sequential scans off (what a bigger catalog gets):\n${await plan(database, "teapot", true)}\n`);

    const listing = await median(() => listProducts());
    for (const query of ["茶", "tea", "teapot", "nothing-matches"]) {
      const found = (await searchProducts({ query })).total;
      const time = await median(() => searchProducts({ query }));
      console.log(`  search "${query}": ${found} found, median ${(time / listing).toFixed(2)}× the home page's listing query`);
    }
    console.log(`  (baseline: listProducts(), the home page's first page of ${n} products, median of ${rounds} runs in this process)`);
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(`search:plan failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
