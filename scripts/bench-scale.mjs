// npm run bench:scale: does a page cost the same when the shop has grown? One production build,
// one throwaway PostgreSQL database. Each page is measured on its first render after a restart
// (no cache helps) at seed size, then the database grows (5,000 products, 100,000 paid orders
// with their items and payments, by generate_series) and each page is measured the same way.
// Ratios grown/seed, from the same run, are the claim; absolute times on a shared machine are not.
// Writes bench/scale.json and prints a table.
import fs from "node:fs";
import os from "node:os";
import { buildApp, freshDatabase, log, staff, startServer } from "../bench/lib/harness.mjs";

const port = Number(process.env.BENCH_PORT ?? 3462);
const rounds = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);

const pages = [
  { name: "/?sort=price-asc (a listing)", path: "/?sort=price-asc" },
  { name: "a category", path: "/categories/tea" },
  { name: "/search?q=tea", path: "/search?q=tea" },
  { name: "/admin/orders", path: "/admin/orders", staff: true },
  { name: "/admin (payments)", path: "/admin", staff: true },
  { name: "orders CSV (all)", path: "/admin/orders/export.csv?view=all", staff: true, exemptBytes: true },
  { name: "/sitemap.xml", path: "/sitemap.xml", exemptBytes: true },
];

/** A staff session cookie, through next-auth's credentials sign-in. */
async function signIn(base) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: staff.email, password: staff.password, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`staff sign-in failed (${res.status})`);
  return [...cookies, session].join("; ");
}

async function measure(base, page, cookie) {
  const started = performance.now();
  const res = await fetch(base + page.path, { headers: page.staff ? { cookie } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
  let bytes = 0;
  let firstByteMs;
  for await (const chunk of res.body) {
    firstByteMs ??= performance.now() - started;
    bytes += chunk.length;
  }
  return { ms: performance.now() - started, firstByteMs, bytes };
}

/** Each page's first render after a restart, `rounds` restarts; the median time. */
async function measureAll(database) {
  const runs = Object.fromEntries(pages.map((page) => [page.name, []]));
  for (let round = 0; round < rounds; round++) {
    const server = await startServer({ port, databaseUrl: database.url });
    try {
      const cookie = await signIn(server.base);
      for (const page of pages) runs[page.name].push(await measure(server.base, page, cookie));
    } finally {
      await server.stop();
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [name, { ms: median(list.map((r) => r.ms)), firstByteMs: median(list.map((r) => r.firstByteMs)), bytes: median(list.map((r) => r.bytes)) }]),
  );
}

/** 5,000 products with a variant each, and 100,000 paid orders (an item and a paid payment each) over 1,000 days. */
export async function grow(sql) {
  await sql`
    insert into products (slug, category_id, name, description, price_cents, image_path, status, created_at)
    select 'grown-' || n, (select id from categories order by id offset (n % (select count(*) from categories)) limit 1),
      jsonb_build_object('en', 'Grown product ' || n, 'zh-HK', '產品 ' || n, 'zh-CN', '产品 ' || n),
      jsonb_build_object('en', 'A product made to grow the catalog, number ' || n || (case when n % 10 = 0 then ', good with tea' else '' end),
                         'zh-HK', '測試產品', 'zh-CN', '测试产品'),
      1000 + (n * 37) % 50000, '/products/clay-teapot.svg', 'published', now() - make_interval(mins => n)
    from generate_series(1, 5000) as n`;
  await sql`
    insert into product_variants (product_id, sku, price_cents, stock)
    select id, slug, price_cents, 100 from products where slug like 'grown-%'`;
  await sql`
    with made as (
      insert into orders (status, total_cents, locale, contact_email, delivery_method, created_at, updated_at, stock_committed_at,
                          fulfilment, fulfilled_at, fulfilled_by, carrier, tracking_number)
      select 'paid', 12800, 'en', 'shopper' || n || '@example.com', 'courier', t, t, t,
             case when n > 300 then 'shipped'::fulfilment_kind end, case when n > 300 then t + interval '1 day' end,
             case when n > 300 then 'staff@harbour.test' end, case when n > 300 then 'SF Express' end, case when n > 300 then 'SF' || n end
      from generate_series(1, 100000) as n, lateral (select now() - make_interval(secs => n * 864) as t) as at
      returning id, created_at
    )
    insert into order_items (order_id, product_id, variant_id, name, image_path, unit_price_cents, quantity, line_total_cents)
    select made.id, p.id, v.id, p.name, p.image_path, 6400, 2, 12800
    from made, lateral (select id, name, image_path from products where slug = 'grown-' || (1 + abs(hashtext(made.id::text)) % 5000)) p
    join product_variants v on v.product_id = p.id`;
  await sql`
    with paid as (
      insert into payments (order_id, rrn, method, status, amount_cents, store_code, return_token_hash, pms_timeout_at, created_at, updated_at, finalized_at)
      select o.id, '7' || lpad((row_number() over (order by o.created_at))::text, 23, '0'), (array['WXPAY','ALIPAY','FPSPAY','VMPAY'])[1 + (extract(epoch from o.created_at)::bigint % 4)],
             'succeeded', o.total_cents, 'ST01', 'x', o.created_at + interval '5 minutes', o.created_at, o.created_at, o.created_at + interval '1 minute'
      from orders o where o.contact_email like 'shopper%@example.com' and o.paid_payment_id is null
      returning id, order_id
    )
    update orders set paid_payment_id = paid.id from paid where orders.id = paid.order_id`;
  await sql`analyze`;
}

async function main() {
  const startedAt = new Date();
  buildApp();
  const database = await freshDatabase("scale");
  try {
    log(`seed size: ${pages.length} pages, first render after a restart, ${rounds} restarts…`);
    const seed = await measureAll(database);
    log("growing the database: 5,000 products, 100,000 orders with items and payments…");
    const growStarted = performance.now();
    await grow(database.sql);
    const [{ products, orders, payments }] = await database.sql`select (select count(*)::int from products) as products, (select count(*)::int from orders) as orders, (select count(*)::int from payments) as payments`;
    log(`grown in ${((performance.now() - growStarted) / 1000).toFixed(1)} s: ${products} products, ${orders} orders, ${payments} payments`);
    const grown = await measureAll(database);
    const rows = pages.map((page) => ({
      page: page.name,
      seed: seed[page.name],
      grown: grown[page.name],
      timeRatio: grown[page.name].ms / seed[page.name].ms,
      bytesRatio: grown[page.name].bytes / seed[page.name].bytes,
      exemptBytes: Boolean(page.exemptBytes),
    }));
    const results = {
      date: startedAt.toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`,
      rounds,
      grownTo: { products, orders, payments },
      targets: { timeRatio: 1.5, bytesRatio: 1.2 },
      rows,
    };
    fs.mkdirSync("bench", { recursive: true });
    fs.writeFileSync("bench/scale.json", `${JSON.stringify(results, null, 2)}\n`);
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    log(`\n${results.date} · ${results.machine}\n`);
    log("| Page | Seed | Grown | × time | × bytes |\n|---|---|---|---|---|");
    for (const row of rows) {
      log(
        `| ${row.page} | ${(row.seed.ms / 1000).toFixed(3)} s, ${kb(row.seed.bytes)} | ${(row.grown.ms / 1000).toFixed(3)} s, ${kb(row.grown.bytes)} | ${row.timeRatio.toFixed(2)}${row.timeRatio > 1.5 ? " (over 1.5)" : ""} | ${row.bytesRatio.toFixed(2)}${row.exemptBytes ? " (exempt)" : row.bytesRatio > 1.2 ? " (over 1.2)" : ""} |`,
      );
    }
  } finally {
    await database.drop();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  main().catch((error) => {
    console.error(`bench:scale failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
