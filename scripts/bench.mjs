// npm run bench: a production build on a fresh PostgreSQL database, measured
// from outside with autocannon. Every figure sits beside a baseline measured
// by the same server in the same run (absolute numbers on a shared machine
// mean little). Prints a table and writes bench/results.json.
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { buildApp, freshDatabase, log, percentile, remotePmsEnv, sleep, startPmsSandbox, startServer, waitFor } from "../bench/lib/harness.mjs";
import { firstLoadJs } from "../bench/lib/first-load.mjs";
import { completeSale, notificationFor, Shopper } from "../bench/lib/shopper.mjs";

const port = Number(process.env.BENCH_PORT ?? 3452);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the servers while they are measured.
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];

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

/**
 * `count` payments opened by shoppers, `atOnce` checkouts at a time, and approved at the
 * sandbox (not yet notified): the shop's own, or the one at `pmsBase` when PMS is elsewhere.
 */
async function approvedPayments(server, sql, slug, count, { atOnce = 50, pmsBase = server.base } = {}) {
  for (let done = 0; done < count; done += atOnce) {
    await Promise.all(Array.from({ length: Math.min(atOnce, count - done) }, () => paidPaymentFor(server, sql, slug)));
  }
  const txs = await latestTransactions(sql, count);
  for (let done = 0; done < txs.length; done += atOnce) await Promise.all(txs.slice(done, done + atOnce).map((tx) => completeSale(pmsBase, tx.rrn)));
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
 * POSTs each body to its URL, all at once (fetch, one Promise.all), as a PMS floods a shop with
 * notifications. A latency runs from sending to the answer's headers, as PMS would wait for it.
 */
async function postAtOnce(requests) {
  const latencies = [];
  const started = performance.now();
  const codes = await Promise.all(
    requests.map(async ({ url, body }) => {
      const sent = performance.now();
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      latencies.push(performance.now() - sent);
      return (await res.json()).errorCode;
    }),
  );
  return { codes, latencies, totalMs: performance.now() - started };
}

// Longer than a pooled connection stays idle (Next's server closes at 5 s, fetch's pool before):
// each burst of POSTs then opens its connections afresh, the baseline and the notifications alike.
const poolDrainMs = 6_000;

/**
 * A flash sale: `count` distinct payments of one product notified at once,
 * while PMS answers /online/query `slowMs` late (the sandbox's query-slow
 * switch), as a PMS across the internet would. PMS is the standalone sandbox
 * at `pmsBase`, in a process of its own, as a real PMS is on another machine:
 * each confirmation the shop asks for is not one more request into the shop's
 * own event loop. Checks that none is paid twice and that stock left exactly
 * once per order. Right before the notifications, the same burst of POSTs to
 * the bare /bench/post route on the same server is the baseline the acks are
 * compared with.
 */
async function flashSale(server, sql, slug, { pmsBase, count = 500, slowMs = 150 }) {
  // Enough on the shelf that no order runs short: the row measures speed, not shortfalls.
  await sql`update product_variants set stock = stock + ${count} where product_id = (select id from products where slug = ${slug})`;
  // Read before any of these orders exists: reconciliation may pay some of them while the checkouts run.
  const [{ before }] = await sql`select sum(stock)::int as before from product_variants where product_id = (select id from products where slug = ${slug})`;
  const txs = await approvedPayments(server, sql, slug, count, { pmsBase });
  const ids = txs.map((t) => t.payment_id);
  await sql`insert into pms_sandbox.settings (key, value, updated_at) values ('faults', ${sql.json({ "query-slow": { on: true, ms: slowMs } })}, now())
            on conflict (key) do update set value = excluded.value, updated_at = now()`;
  try {
    const fresh = await sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn where p.id in ${sql(ids)}`;
    const bodies = fresh.map((tx) => notificationFor(tx));
    await sleep(poolDrainMs);
    const bare = await postAtOnce(bodies.map((body) => ({ url: `${server.base}/bench/post`, body })));
    const bareOk = bare.codes.filter((code) => code === "0").length;
    if (bareOk !== count) throw new Error(`the baseline's bare POSTs: ${bareOk} of ${count} answered errorCode "0"`);
    const baseline = {
      posts: count,
      p50Ms: Math.round(percentile(bare.latencies, 50)),
      p99Ms: Math.round(percentile(bare.latencies, 99)),
      maxMs: Math.round(Math.max(...bare.latencies)),
      totalMs: Math.round(bare.totalMs),
    };
    await sleep(poolDrainMs);
    const floor = await queryFloor(server, sql, bodies, fresh.map((tx) => tx.rrn));
    await sleep(poolDrainMs);
    // The shop's reconciliation may have settled some already (it asks PMS about open payments on its own).
    const [{ paidBefore }] = await sql`select count(*)::int as "paidBefore" from payments where id in ${sql(ids)} and status = 'succeeded'`;
    const started = performance.now();
    const startedAt = new Date();
    const sent = await postAtOnce(fresh.map((tx, i) => ({ url: `${server.base}/api/pms/webhook/${tx.payment_id}`, body: bodies[i] })));
    const acks = sent.latencies;
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
    const [{ soldRows }] = await sql`select count(*)::int as "soldRows" from stock_movements where kind = 'sold' and order_id in (select order_id from payments where id in ${sql(ids)})`;
    // When each was paid, and by which road (webhook, reconciliation): where the last seconds go.
    const paidBy = await sql`
      select source, count(*)::int as n,
        round(1000 * extract(epoch from percentile_cont(0.5) within group (order by created_at - ${startedAt}::timestamptz)))::int as "p50Ms",
        round(1000 * extract(epoch from percentile_cont(0.9) within group (order by created_at - ${startedAt}::timestamptz)))::int as "p90Ms",
        round(1000 * extract(epoch from max(created_at - ${startedAt}::timestamptz)))::int as "maxMs"
      from payment_events where payment_id in ${sql(ids)} and to_status = 'succeeded' and created_at >= ${startedAt}::timestamptz
      group by source order by source`;
    const [inbox] = await sql`select count(*) filter (where attempts > 1)::int as retried, max(attempts)::int as "maxAttempts", (array_agg(distinct last_error) filter (where last_error is not null))[1:3] as errors from webhook_inbox where rrn in ${sql(fresh.map((t) => t.rrn))}`;
    const ratio = (x) => Math.round(x * 100) / 100;
    return {
      payments: count,
      pms: "standalone sandbox, another origin and process",
      queryDelayMs: slowMs,
      paidBeforeNotifications: paidBefore,
      paidBy: paidBy.map((row) => ({ ...row })),
      inbox: { ...inbox },
      allPaid,
      secondsUntilAllPaid: allPaid ? elapsed / 1000 : null,
      ackP50Ms: Math.round(percentile(acks, 50)),
      ackP99Ms: Math.round(percentile(acks, 99)),
      ackMaxMs: Math.round(Math.max(...acks)),
      allAckedMs: Math.round(sent.totalMs),
      acked: sent.codes.filter((code) => code === "0").length,
      notificationsStored: stored,
      paidTransitions: transitions,
      paymentsPaidTwice: paidTwice,
      stockTaken: before - after,
      ledgerSoldRows: soldRows,
      baseline,
      queryFloor: floor,
      allPaidToQueryFloor: allPaid && floor.allQueriedMs ? ratio(elapsed / floor.allQueriedMs) : null,
      ackP99ToBaseline: ratio(percentile(acks, 99) / percentile(bare.latencies, 99)),
      ackMaxToBaseline: ratio(Math.max(...acks) / Math.max(...bare.latencies)),
    };
  } finally {
    await sql`delete from pms_sandbox.settings where key = 'faults'`;
  }
}

/**
 * The floor under "all paid": the same burst to /bench/query, which stores each body, answers,
 * then asks PMS about the payment (as many at once as the webhook's confirmations) and writes
 * one row. No confirmation that asks PMS once per payment can finish sooner on this machine.
 */
async function queryFloor(server, sql, bodies, rrns) {
  const started = performance.now();
  const sent = await postAtOnce(bodies.map((body) => ({ url: `${server.base}/bench/query`, body })));
  const queried = () => sql`select count(*)::int as n from bench_inserts where body like 'queried %' and split_part(body, ' ', 2) in ${sql(rrns)}`;
  const done = await waitFor(async () => (await queried())[0].n === rrns.length, { timeoutMs: 60_000, intervalMs: 20 });
  const allQueriedMs = performance.now() - started;
  const [{ paid }] = await sql`select count(*)::int as paid from bench_inserts where body like 'queried % succeeded' and split_part(body, ' ', 2) in ${sql(rrns)}`;
  return {
    posts: bodies.length,
    acked: sent.codes.filter((code) => code === "0").length,
    ackP99Ms: Math.round(percentile(sent.latencies, 99)),
    allQueriedMs: done ? Math.round(allQueriedMs) : null,
    answeredPaid: paid,
  };
}

/**
 * The flash row's own pair of processes: the standalone sandbox as PMS on another origin
 * (its own deliveries dropped: the bench notifies), and a production shop on `port` that pays
 * through it with no sandbox of its own, both on the bench database. Stopped when it ends.
 */
async function flashOnRemotePms(database, slug) {
  const shopBase = `http://localhost:${port}`;
  let pms;
  let shop;
  try {
    pms = await startPmsSandbox({ databaseUrl: database.url, allowedOrigins: [shopBase], faults: "webhook-drop" });
    shop = await startServer({
      port,
      databaseUrl: database.url,
      extra: { BENCH_ROUTES: "on", ...remotePmsEnv(pms.base) },
      nodeArgs,
    });
    // Load each route the row posts to once, so neither burst pays for loading its code.
    for (const path of ["/", `/products/${slug}`]) await fetch(shop.base + path);
    const post = (path) => fetch(shop.base + path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((res) => res.text());
    await post("/bench/post");
    await post("/bench/query"); // names no payment: PMS is asked about nothing
    await post("/api/pms/webhook/warm-up"); // names no payment: 400, nothing stored
    await sleep(500);
    return await flashSale(shop, database.sql, slug, { pmsBase: pms.base });
  } finally {
    await shop?.stop();
    await pms?.stop();
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
    // BENCH_ONLY=catalog,js runs some rows (for working on one); the table needs them all.
    const only = process.env.BENCH_ONLY?.split(",");
    const wanted = (name) => !only || only.includes(name);
    const row = async (name, label, run) => {
      if (!wanted(name)) return null;
      log(label);
      return run();
    };
    await database.sql`create table bench_inserts (id bigint generated always as identity primary key, body text not null, at timestamptz not null default now())`;
    const [{ slug }] = await database.sql`select slug from products order by id limit 1`;

    // Every row but the flash sale: one server with the sandbox inside it (PMS_SANDBOX=on).
    let catalogRow = null;
    let duplicates = null;
    let toPaid = null;
    let checkout = null;
    let js = null;
    if (["catalog", "duplicates", "paid", "checkout", "js"].some(wanted)) {
      server = await startServer({
        port,
        databaseUrl: database.url,
        // The bench sends notifications itself; the sandbox's own deliveries would race it.
        extra: { BENCH_ROUTES: "on", PMS_SANDBOX_FAULTS: "webhook-drop" },
        nodeArgs,
      });
      // Warm every route once so no row pays for first compilation of a cache.
      for (const path of ["/", `/products/${slug}`, "/bench/get", "/cart"]) await fetch(server.base + path);
      await sleep(500);

      catalogRow = await row("catalog", `catalog (${seconds} s each, ${connections} connections)…`, () => catalog(server, slug));
      duplicates = await row("duplicates", "webhook duplicates…", () => webhookDuplicates(server, database.sql, slug));
      toPaid = await row("paid", "webhook to paid (50 payments)…", () => webhookToPaid(server, database.sql, slug));
      checkout = await row("checkout", `checkout start (10 shoppers, ${seconds * 2} s)…`, () => checkoutStart(server, slug));
      js = await row("js", "first-load JS…", () => firstLoad(server, slug, database.sql));
      await server.stop();
      server = undefined;
    }
    // Last, on its own pair of processes: the shop, and PMS (the standalone sandbox) on another origin.
    const flash = await row("flash", "flash sale (500 payments, PMS on another origin, its query 150 ms late)…", () => flashOnRemotePms(database, slug));

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
    `| webhook duplicates | ${d.webhook.reqPerSec} req/s, p99 ${d.webhook.p99Ms} ms, ${d.webhook.errors + d.webhook.non2xx} errors | one INSERT ${d.insert.reqPerSec} req/s (p99 ${d.insert.p99Ms} ms); bare POST ${d.post.reqPerSec} req/s | ${pct(d.ratioToInsert)} of INSERT (≥ 80%), ${d.transitionsToPaid} transition |`,
    `| webhook to paid | ${p.payments} payments: all paid in ${p.secondsUntilAllPaid?.toFixed(2) ?? "never"} s; ack p50 ${p.ackP50Ms} ms, p99 ${p.ackP99Ms} ms | — | ≤ 1 s |`,
    `| flash sale | ${f.payments} payments, PMS on another origin, its query +${f.queryDelayMs} ms: all paid in ${f.secondsUntilAllPaid?.toFixed(2) ?? "never"} s; ack p50 ${f.ackP50Ms} ms, p99 ${f.ackP99Ms} ms, max ${f.ackMaxMs} ms; ${f.acked} acked, ${f.notificationsStored} stored; ${f.paidTransitions} paid transitions, ${f.paymentsPaidTwice} paid twice; stock taken ${f.stockTaken} (${f.ledgerSoldRows} ledger rows) | ${f.baseline.posts} bare POSTs at once: p50 ${f.baseline.p50Ms} ms, p99 ${f.baseline.p99Ms} ms, max ${f.baseline.maxMs} ms, all in ${f.baseline.totalMs} ms; the same burst stored, answered and each asked of PMS once (query floor): all asked in ${f.queryFloor.allQueriedMs ?? "never"} ms | ack p99 ×${f.ackP99ToBaseline}, max ×${f.ackMaxToBaseline} the bare POST's; all paid ×${f.allPaidToQueryFloor ?? "—"} the query floor; all paid ≤ 3 s, every ack ≤ 1 s |`,
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
