// `npm run scale:plan`: the query plans behind every page that lists, counts or charts, on a grown
// database (5,000 more products, 100,000 paid orders: bench:scale's grow()), as PostgreSQL ran
// them. The shop's own functions run against a fresh database on DATABASE_URL's server (the local
// one by default) with auto_explain loaded on their one connection and its plans sent back as
// notices, so what is printed is the plan of the query the page really sends, not a copy of it.
// The catalog is then grown to 100,000 products for search. Exits non-zero when a plan's sequential
// scan reads more than 10,000 rows. PostgreSQL only: PGlite has no auto_explain.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { parseOrderFilter } from "../lib/admin/order-filters";
import { countOrdersForStaff, countOrdersToFulfil, listOrdersForStaff, streamOrdersForStaff } from "../lib/admin/order-list";
import { countPaymentsForStaff, listPaymentsForStaff } from "../lib/admin/queries";
import { listDailyTakings } from "../lib/admin/takings";
import type { StaffActor } from "../lib/auth/actor";
import { listProducts, searchProducts } from "../lib/catalog/queries";
import { commitStockForPaidOrder } from "../lib/catalog/stock";
import { receiveWebhook } from "../lib/payments/webhook-inbox";
import type { Db } from "../lib/db/connect";
import { setDatabaseForTests } from "../lib/db";
import * as schema from "../lib/db/schema";
// @ts-expect-error -- plain .mjs bench helpers, no types
import { freshDatabase } from "../bench/lib/harness.mjs";
// @ts-expect-error -- plain .mjs bench helpers, no types
import { grow } from "./bench-scale.mjs";

const owner: StaffActor = { id: "00000000-0000-4000-8000-00000000a11a", email: "plan@harbour.test", name: "Plan", role: "owner" };
// A sequential scan that reads more than this many rows of a table is a cost that grows with the shop.
const rowsReadLimit = 10_000;

const notices: string[] = [];

/** `known`: a large scan we accept, and why; printed, not counted against the run. */
type Case = { name: string; run: () => Promise<unknown>; known?: string };

const listingTotal =
  "the listing's total (for \"Page 1 of N\") counts every product in it: the page is cached and counts again only after a catalog change (decision 009)";

const orderFilter = (params: Record<string, string>) => parseOrderFilter(params).filter;

const cases: Case[] = [
  { name: "home listing, price low to high, page 1", run: () => listProducts({ sort: "price-asc" }), known: listingTotal },
  { name: "home listing, page 100", run: () => listProducts({ sort: "price-asc", page: 100 }), known: listingTotal },
  { name: "a category, newest", run: () => listProducts({ categoryId: 1, sort: "newest" }), known: listingTotal },
  { name: "search 'tea'", run: () => searchProducts({ query: "tea" }) },
  { name: "search '產品 4242'", run: () => searchProducts({ query: "產品 4242" }) },
  { name: "orders, all, first page", run: () => listOrdersForStaff(owner, orderFilter({ view: "all" })) },
  { name: "orders, to fulfil, first page", run: () => listOrdersForStaff(owner, orderFilter({})) },
  { name: "orders, courier, by email", run: () => listOrdersForStaff(owner, orderFilter({ view: "all", delivery: "courier", q: "shopper4242@example.com" })) },
  { name: "orders, a week by date", run: () => listOrdersForStaff(owner, orderFilter({ view: "all", from: "2026-06-01", to: "2026-06-07" })) },
  { name: "orders count, all (capped)", run: () => countOrdersForStaff(owner, orderFilter({ view: "all" })) },
  { name: "'To fulfil' count", run: () => countOrdersToFulfil(owner) },
  { name: "orders CSV, first batch", run: async () => (await streamOrdersForStaff(owner, orderFilter({ view: "all" }))).next() },
  { name: "payments, all, first page", run: () => listPaymentsForStaff(owner, { view: "all" }) },
  { name: "payments needing attention", run: () => listPaymentsForStaff(owner, { view: "attention" }) },
  { name: "payments count, all (capped)", run: () => countPaymentsForStaff(owner, { view: "all" }) },
  { name: "takings chart, 30 days", run: () => listDailyTakings(owner, { days: 30, now: new Date() }) },
];

/** The write path of a paid notification, on one grown order: its plans must not grow with the shop either. */
function writeCases(db: Db, paid: { paymentId: string; rrn: string; orderId: string }): Case[] {
  return [
    { name: "a webhook received (payment, recent copy, inbox insert)", run: () => receiveWebhook({ paymentId: paid.paymentId, rrn: paid.rrn, payload: { rrn: paid.rrn } }) },
    { name: "a paid order's stock taken (lock, decrement, ledger, cache tags)", run: () => db.transaction((tx) => commitStockForPaidOrder(tx, paid.orderId)) },
  ];
}

/** "Seq Scan on orders … (actual rows=N" plus the rows its filter removed: the scans that read more than the limit. */
function bigSequentialScans(plan: string): string[] {
  const lines = plan.split("\n");
  return lines.flatMap((line, index) => {
    const scan = /Seq Scan on (\w+).*actual rows=(\d+) loops=(\d+)/.exec(line);
    if (!scan) return [];
    const removed = Number(/Rows Removed by Filter: (\d+)/.exec(lines[index + 1] ?? "")?.[1] ?? 0);
    const read = (Number(scan[2]) + removed) * Number(scan[3]);
    return read > rowsReadLimit ? [`sequential scan of ${scan[1]} reads ${read} rows`] : [];
  });
}

async function main() {
  const database = await freshDatabase("scale_plan");
  let sequentialScans = 0;
  try {
    await grow(database.sql);
    // Search must stay on its trigram index at 100,000 products: grow the catalog (only) that far.
    await database.sql`
      insert into products (slug, category_id, name, description, price_cents, image_path, status)
      select 'more-' || n, (select min(id) from categories), jsonb_build_object('en', 'More product ' || n, 'zh-HK', '更多產品 ' || n, 'zh-CN', '更多产品 ' || n),
        jsonb_build_object('en', 'Another product, number ' || n, 'zh-HK', '另一件', 'zh-CN', '另一件'), 1000 + n % 9000, '/products/clay-teapot.svg', 'published'
      from generate_series(1, 100000 - (select count(*)::int from products)) as n`;
    await database.sql`insert into product_variants (product_id, sku, price_cents, stock) select id, slug, price_cents, 5 from products where slug like 'more-%'`;
    // Every grown payment's notification, long since confirmed: the inbox a webhook's statement reads.
    await database.sql`insert into webhook_inbox (rrn, payment_id, payload, received_at, next_attempt_at, processed_at, attempts)
      select rrn, id, jsonb_build_object('rrn', rrn), created_at, created_at, finalized_at, 1 from payments`;
    await database.sql`analyze`;
    const client = postgres(database.url, { max: 1, onnotice: (notice) => notices.push(notice.message ?? "") });
    const db = drizzle(client, { schema }) as unknown as Db;
    setDatabaseForTests({ db, kind: "postgres", migrate: async () => {}, close: () => client.end() });
    await client.unsafe("load 'auto_explain'");
    await client.unsafe("set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on; set auto_explain.log_timing = off; set auto_explain.log_level = notice");
    // One grown order whose stock is not yet taken, so the stock statement runs in full.
    const [paid] = await database.sql`select p.id as "paymentId", p.rrn, p.order_id as "orderId" from payments p order by p.created_at desc limit 1`;
    await database.sql`update orders set stock_committed_at = null where id = ${paid!.orderId}`;
    const [size] = await database.sql`select (select count(*)::int from products) as products, (select count(*)::int from orders) as orders`;
    console.log(`query plans on PostgreSQL, ${size!.products} products, ${size!.orders} orders\n`);
    for (const { name, run, known } of [...cases, ...writeCases(db, paid as unknown as { paymentId: string; rrn: string; orderId: string })]) {
      notices.length = 0;
      await run();
      const plans = notices.map((notice) => notice.replace(/^duration: [\d.]+ ms\s+plan:\n/, ""));
      const scans = plans.flatMap(bigSequentialScans);
      if (!known) sequentialScans += scans.length;
      console.log(`== ${name}${scans.length ? `  ${known ? "(known)" : "⚠"} ${scans.join("; ")}${known ? `: ${known}` : ""}` : ""}`);
      for (const plan of plans) console.log(plan.replace(/^/gm, "    "), "\n");
    }
    await client.end();
  } finally {
    setDatabaseForTests(undefined);
    await database.drop();
  }
  console.log(sequentialScans === 0 ? `no sequential scan reads more than ${rowsReadLimit} rows` : `${sequentialScans} sequential scans read more than ${rowsReadLimit} rows`);
  process.exit(sequentialScans === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`scale:plan failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
