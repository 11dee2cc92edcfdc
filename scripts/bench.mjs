// npm run bench: a production build on a fresh PostgreSQL database, measured
// from outside with autocannon. Every figure sits beside a baseline measured
// by the same server in the same run (absolute numbers on a shared machine
// mean little). Prints a table and writes bench/results.json.
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { buildApp, freshDatabase, log, percentile, sleep, startServer, waitFor } from "../bench/lib/harness.mjs";
import { firstLoadJs } from "../bench/lib/first-load.mjs";
import { completeSale, notificationFor, Shopper } from "../bench/lib/shopper.mjs";

const port = Number(process.env.BENCH_PORT ?? 3452);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

function load(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections, duration: seconds, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const summarize = (r) => ({
  reqPerSec: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});

async function paidPaymentFor(server, sql, slug) {
  const shopper = new Shopper(server.base);
  await shopper.addToCart(slug);
  const pay = await shopper.prepareCheckout();
  const answer = await pay();
  if (answer.status !== 303) throw new Error(`pay answered ${answer.status}`);
  return { shopper, redirect: answer.location };
}

async function latestTransactions(sql, count) {
  return sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn order by p.created_at desc limit ${count}`;
}

async function webhookDuplicates(server, sql, slug) {
  await paidPaymentFor(server, sql, slug);
  const [tx] = await latestTransactions(sql, 1);
  await completeSale(server.base, tx.rrn);
  const body = notificationFor(await sql`select * from pms_sandbox.transactions where rrn = ${tx.rrn}`.then((rows) => rows[0]));
  const url = `${server.base}/api/pms/webhook/${tx.payment_id}`;
  const first = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  if (!first.ok) throw new Error(`first notification answered ${first.status}`);
  const paid = await waitFor(async () => (await sql`select status from payments where id = ${tx.payment_id}`)[0].status === "succeeded", { timeoutMs: 15_000 });
  if (!paid) throw new Error("the payment never became paid");
  const headers = { "content-type": "application/json" };
  const webhook = summarize(await load({ url, method: "POST", headers, body }));
  const post = summarize(await load({ url: `${server.base}/bench/post`, method: "POST", headers, body }));
  const insert = summarize(await load({ url: `${server.base}/bench/insert`, method: "POST", headers, body }));
  const [{ events }] = await sql`select count(*)::int as events from payment_events where payment_id = ${tx.payment_id} and to_status = 'succeeded'`;
  return { webhook, post, insert, ratioToInsert: webhook.reqPerSec / insert.reqPerSec, transitionsToPaid: events };
}

/** `count` payments opened by shoppers, `atOnce` checkouts at a time, and approved at the sandbox (not yet notified). */
async function approvedPayments(server, sql, slug, count, atOnce = 50) {
  for (let done = 0; done < count; done += atOnce) {
    await Promise.all(Array.from({ length: Math.min(atOnce, count - done) }, () => paidPaymentFor(server, sql, slug)));
  }
  const txs = await latestTransactions(sql, count);
  for (let done = 0; done < txs.length; done += atOnce) await Promise.all(txs.slice(done, done + atOnce).map((tx) => completeSale(server.base, tx.rrn)));
  return txs;
}

async function webhookToPaid(server, sql, slug, count = 50) {
  const txs = await approvedPayments(server, sql, slug, count);
  const fresh = await sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn where p.id in ${sql(txs.map((t) => t.payment_id))}`;
  const acks = [];
  const started = performance.now();
  const answers = await Promise.all(
    fresh.map(async (tx) => {
      const sent = performance.now();
      const res = await fetch(`${server.base}/api/pms/webhook/${tx.payment_id}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: notificationFor(tx),
      });
      acks.push(performance.now() - sent);
      return (await res.json()).errorCode;
    }),
  );
  const ids = fresh.map((t) => t.payment_id);
  const allPaid = await waitFor(
    async () => (await sql`select count(*)::int as n from payments where id in ${sql(ids)} and status = 'succeeded'`)[0].n === count,
    { timeoutMs: 60_000, intervalMs: 20 },
  );
  const elapsed = performance.now() - started;
  return {
    payments: count,
    allPaid,
    secondsUntilAllPaid: allPaid ? elapsed / 1000 : null,
    ackP50Ms: Math.round(percentile(acks, 50)),
    ackP99Ms: Math.round(percentile(acks, 99)),
    acked: answers.filter((code) => code === "0").length,
  };
}

/**
 * A flash sale: `count` distinct payments of one product notified at once,
 * while the sandbox answers /online/query `slowMs` late (its query-slow
 * switch), as a PMS across the internet would. Checks that none is paid
 * twice and that stock left exactly once per order.
 */
async function flashSale(server, sql, slug, count = 500, slowMs = 150) {
  // Enough on the shelf that no order runs short: the row measures speed, not shortfalls.
  await sql`update product_variants set stock = stock + ${count} where product_id = (select id from products where slug = ${slug})`;
  const txs = await approvedPayments(server, sql, slug, count);
  const ids = txs.map((t) => t.payment_id);
  const [{ before }] = await sql`select sum(stock)::int as before from product_variants where product_id = (select id from products where slug = ${slug})`;
  await sql`insert into pms_sandbox.settings (key, value, updated_at) values ('faults', ${sql.json({ "query-slow": { on: true, ms: slowMs } })}, now())
            on conflict (key) do update set value = excluded.value, updated_at = now()`;
  try {
    const fresh = await sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn where p.id in ${sql(ids)}`;
    const acks = [];
    const started = performance.now();
    const answers = await Promise.all(
      fresh.map(async (tx) => {
        const sent = performance.now();
        const res = await fetch(`${server.base}/api/pms/webhook/${tx.payment_id}`, { method: "POST", headers: { "content-type": "application/json" }, body: notificationFor(tx) });
        acks.push(performance.now() - sent);
        return (await res.json()).errorCode;
      }),
    );
    const allPaid = await waitFor(
      async () => (await sql`select count(*)::int as n from payments where id in ${sql(ids)} and status = 'succeeded'`)[0].n === count,
      { timeoutMs: 120_000, intervalMs: 20 },
    );
    const elapsed = performance.now() - started;
    const [{ transitions, paidTwice }] = await sql`
      select count(*)::int as transitions, count(*) filter (where n > 1)::int as "paidTwice"
      from (select payment_id, count(*) as n from payment_events where payment_id in ${sql(ids)} and to_status = 'succeeded' group by payment_id) e`;
    const [{ after }] = await sql`select sum(stock)::int as after from product_variants where product_id = (select id from products where slug = ${slug})`;
    const [{ stored }] = await sql`select count(distinct rrn)::int as stored from webhook_inbox where rrn in ${sql(fresh.map((t) => t.rrn))}`;
    return {
      payments: count,
      queryDelayMs: slowMs,
      allPaid,
      secondsUntilAllPaid: allPaid ? elapsed / 1000 : null,
      ackP50Ms: Math.round(percentile(acks, 50)),
      ackP99Ms: Math.round(percentile(acks, 99)),
      ackMaxMs: Math.round(Math.max(...acks)),
      acked: answers.filter((code) => code === "0").length,
      notificationsStored: stored,
      paidTransitions: transitions,
      paymentsPaidTwice: paidTwice,
      stockTaken: before - after,
    };
  } finally {
    await sql`delete from pms_sandbox.settings where key = 'faults'`;
  }
}

async function catalog(server, slug) {
  const home = summarize(await load({ url: `${server.base}/` }));
  const product = summarize(await load({ url: `${server.base}/products/${slug}` }));
  const bare = summarize(await load({ url: `${server.base}/bench/get` }));
  return { home, product, bare, homeRatio: home.reqPerSec / bare.reqPerSec, productRatio: product.reqPerSec / bare.reqPerSec };
}

async function checkoutStart(server, slug, shoppers = 10) {
  const times = [];
  let failures = 0;
  const until = Date.now() + seconds * 1000 * 2;
  await Promise.all(
    Array.from({ length: shoppers }, async () => {
      while (Date.now() < until) {
        const shopper = new Shopper(server.base);
        await shopper.addToCart(slug);
        const pay = await shopper.prepareCheckout();
        const started = performance.now();
        const answer = await pay();
        times.push(performance.now() - started);
        if (answer.status !== 303) failures += 1;
      }
    }),
  );
  return { shoppers, attempts: times.length, failures, p50Ms: Math.round(percentile(times, 50)), p99Ms: Math.round(percentile(times, 99)) };
}

async function firstLoad(server, slug, sql) {
  const shopper = new Shopper(server.base);
  await shopper.addToCart(slug);
  const cookie = shopper.cookieHeader();
  const [tx] = await sql`select return_url from pms_sandbox.transactions where return_url <> '' order by created_at desc limit 1`;
  const resultPath = tx ? new URL(tx.return_url).pathname + new URL(tx.return_url).search : "/checkout/result";
  const pages = { "/": "/", product: `/products/${slug}`, cart: "/cart", checkout: "/checkout", result: resultPath };
  const empty = await firstLoadJs(server.base, "/bench/empty");
  const rows = {};
  for (const [name, path] of Object.entries(pages)) {
    const measured = await firstLoadJs(server.base, path, cookie);
    rows[name] = { ...measured, overEmptyKb: measured.chunksKb - empty.chunksKb };
  }
  return { empty, pages: rows };
}

async function main() {
  const startedAt = new Date();
  buildApp();
  const database = await freshDatabase("bench");
  let server;
  try {
    server = await startServer({
      port,
      databaseUrl: database.url,
      // The bench sends notifications itself; the sandbox's own deliveries would race it.
      extra: { BENCH_ROUTES: "on", PMS_SANDBOX_FAULTS: "webhook-drop" },
      // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the server while it is measured.
      nodeArgs: process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
    });
    await database.sql`create table bench_inserts (id bigint generated always as identity primary key, body text not null, at timestamptz not null default now())`;
    const [{ slug }] = await database.sql`select slug from products order by id limit 1`;
    // Warm every route once so no row pays for first compilation of a cache.
    for (const path of ["/", `/products/${slug}`, "/bench/get", "/cart"]) await fetch(server.base + path);
    await sleep(500);

    // BENCH_ONLY=catalog,js runs some rows (for working on one); the table needs them all.
    const only = process.env.BENCH_ONLY?.split(",");
    const row = async (name, label, run) => {
      if (only && !only.includes(name)) return null;
      log(label);
      return run();
    };
    const catalogRow = await row("catalog", `catalog (${seconds} s each, ${connections} connections)…`, () => catalog(server, slug));
    const duplicates = await row("duplicates", "webhook duplicates…", () => webhookDuplicates(server, database.sql, slug));
    const toPaid = await row("paid", "webhook to paid (50 payments)…", () => webhookToPaid(server, database.sql, slug));
    const flash = await row("flash", "flash sale (500 payments, PMS query 150 ms late)…", () => flashSale(server, database.sql, slug));
    const checkout = await row("checkout", `checkout start (10 shoppers, ${seconds * 2} s)…`, () => checkoutStart(server, slug));
    const js = await row("js", "first-load JS…", () => firstLoad(server, slug, database.sql));

    const results = {
      date: startedAt.toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`,
      secondsPerLoad: seconds,
      connections,
      catalog: catalogRow,
      webhookDuplicates: duplicates,
      webhookToPaid: toPaid,
      flashSale: flash,
      checkoutStart: checkout,
      firstLoadJs: js,
    };
    if (only) {
      log(JSON.stringify(results, null, 2));
      return;
    }
    fs.writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
  } finally {
    await server?.stop();
    await database.drop();
  }
}

const pct = (x) => `${Math.round(x * 100)}%`;

function printTable(r) {
  const c = r.catalog;
  const d = r.webhookDuplicates;
  const p = r.webhookToPaid;
  const k = r.checkoutStart;
  const f = r.flashSale;
  const j = r.firstLoadJs;
  const lines = [
    `| Row | Measured | Baseline (same run) | Ratio / target |`,
    `|---|---|---|---|`,
    `| catalog \`/\` | ${c.home.reqPerSec} req/s, p99 ${c.home.p99Ms} ms | bare GET ${c.bare.reqPerSec} req/s, p99 ${c.bare.p99Ms} ms | ${pct(c.homeRatio)} (≥ 50%) |`,
    `| catalog product | ${c.product.reqPerSec} req/s, p99 ${c.product.p99Ms} ms | bare GET ${c.bare.reqPerSec} req/s | ${pct(c.productRatio)} (≥ 50%) |`,
    `| webhook duplicates | ${d.webhook.reqPerSec} req/s, p99 ${d.webhook.p99Ms} ms, ${d.webhook.errors + d.webhook.non2xx} errors | one INSERT ${d.insert.reqPerSec} req/s (p99 ${d.insert.p99Ms} ms); bare POST ${d.post.reqPerSec} req/s | ${pct(d.ratioToInsert)} of INSERT (≥ 50%), ${d.transitionsToPaid} transition |`,
    `| webhook to paid | ${p.payments} payments: all paid in ${p.secondsUntilAllPaid?.toFixed(2) ?? "never"} s; ack p50 ${p.ackP50Ms} ms, p99 ${p.ackP99Ms} ms | — | ≤ 1 s |`,
    `| flash sale | ${f.payments} payments, PMS query +${f.queryDelayMs} ms: all paid in ${f.secondsUntilAllPaid?.toFixed(2) ?? "never"} s; ack p50 ${f.ackP50Ms} ms, p99 ${f.ackP99Ms} ms, max ${f.ackMaxMs} ms; ${f.acked} acked, ${f.notificationsStored} stored; ${f.paidTransitions} paid transitions, ${f.paymentsPaidTwice} paid twice; stock taken ${f.stockTaken} | — | all paid ≤ 3 s, every ack ≤ 1 s |`,
    `| checkout start | pay → PMS redirect p50 ${k.p50Ms} ms, p99 ${k.p99Ms} ms (${k.attempts} attempts, ${k.failures} failed, ${k.shoppers} shoppers) | — | — |`,
    ...Object.entries(j.pages).map(
      ([name, m]) =>
        `| first-load JS ${name} | ${m.chunksKb.toFixed(1)} kB gzip (${m.files} files; inline RSC ${m.inlineKb.toFixed(1)} kB) | empty page ${j.empty.chunksKb.toFixed(1)} kB | +${m.overEmptyKb.toFixed(1)} kB (≤ +15) |`,
    ),
  ];
  log(`\n${r.date} · ${r.machine}\n`);
  log(lines.join("\n"));
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
