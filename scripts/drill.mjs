// npm run drill: failure rehearsals against a production build on a fresh
// PostgreSQL database. Each prints what it did, a figure, and pass or fail;
// any fail exits non-zero.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { adminUrl, buildApp, freshDatabase, log, secrets, sleep, startServer, waitFor } from "../bench/lib/harness.mjs";
import { completeSale, notificationFor, Shopper } from "../bench/lib/shopper.mjs";
import { hostileRequests } from "../bench/lib/hostile.mjs";

const basePort = Number(process.env.DRILL_PORT ?? 3453);
const results = [];

function report(name, did, figure, pass) {
  results.push({ name, pass });
  log(`${pass ? "PASS" : "FAIL"} ${name}\n     did: ${did}\n     figure: ${figure}`);
}

const postJson = (url, body) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body }).then(async (res) => ({
    status: res.status,
    code: (await res.json().catch(() => ({}))).errorCode,
  }));

/** `count` shoppers pay; their sales are approved at the sandbox. Returns sandbox rows joined to payments. */
async function approvedPayments(server, sql, count, { approve = true } = {}) {
  const [{ slug }] = await sql`select slug from products order by id limit 1`;
  const before = new Set((await sql`select id from payments`).map((r) => r.id));
  for (let i = 0; i < count; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - i) }, async () => {
        const shopper = new Shopper(server.base);
        await shopper.addToCart(slug);
        const pay = await shopper.prepareCheckout();
        const answer = await pay();
        if (answer.status !== 303) throw new Error(`pay answered ${answer.status}`);
      }),
    );
  }
  const rows = (await sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn`).filter((r) => !before.has(r.payment_id));
  if (approve) for (const row of rows) await completeSale(server.base, row.rrn);
  return sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn where p.id in ${sql(rows.map((r) => r.payment_id))}`;
}

const paidTransitions = (sql, ids) =>
  sql`select payment_id, count(*)::int as n from payment_events where to_status = 'succeeded' and payment_id in ${sql(ids)} group by payment_id`;

async function setFaults(sql, faults) {
  await sql`insert into pms_sandbox.settings (key, value, updated_at) values ('faults', ${sql.json(faults)}, now())
            on conflict (key) do update set value = excluded.value, updated_at = now()`;
}

// 1. 200 concurrent copies of one genuine notification.
async function duplicates(db) {
  const server = await startServer({ port: basePort, databaseUrl: db.url, extra: { PMS_SANDBOX_FAULTS: "webhook-drop" } });
  try {
    const [tx] = await approvedPayments(server, db.sql, 1);
    const body = notificationFor(tx);
    const answers = await Promise.all(Array.from({ length: 200 }, () => postJson(`${server.base}/api/pms/webhook/${tx.payment_id}`, body)));
    const zeros = answers.filter((a) => a.code === "0").length;
    await waitFor(async () => (await db.sql`select status from payments where id = ${tx.payment_id}`)[0].status === "succeeded", { timeoutMs: 20_000 });
    await sleep(1000);
    const [transitions] = await paidTransitions(db.sql, [tx.payment_id]);
    const [{ events }] = await db.sql`select count(*)::int as events from payment_events where payment_id = ${tx.payment_id} and to_status is distinct from from_status and to_status = 'succeeded'`;
    report(
      "1 duplicate notifications",
      "posted 200 copies of one genuine notification at once",
      `${zeros}/200 answered "0"; ${transitions?.n ?? 0} transition to succeeded; ${events} paid event`,
      zeros === 200 && transitions?.n === 1 && events === 1,
    );
  } finally {
    await server.stop();
  }
}

// 2. SIGKILL during a load of genuine notifications, with slow PMS queries.
async function killMidLoad(db) {
  const extra = { PMS_SANDBOX_FAULTS: "webhook-drop,query-slow:1500", RECONCILE_INTERVAL_MS: "1000" };
  let server = await startServer({ port: basePort, databaseUrl: db.url, extra });
  const txs = await approvedPayments(server, db.sql, 40);
  const acked = [];
  const sending = txs.map((tx) =>
    postJson(`${server.base}/api/pms/webhook/${tx.payment_id}`, notificationFor(tx))
      .then((a) => a.code === "0" && acked.push(tx.payment_id))
      .catch(() => {}),
  );
  await waitFor(() => acked.length >= 10, { timeoutMs: 20_000 });
  await server.stop("SIGKILL");
  await Promise.all(sending);
  const settledBeforeKill = (await db.sql`select count(*)::int as n from payments where id in ${db.sql(acked)} and status = 'succeeded'`)[0].n;
  server = await startServer({ port: basePort, databaseUrl: db.url, extra });
  try {
    const ok = await waitFor(
      async () => (await db.sql`select count(*)::int as n from payments where id in ${db.sql(acked)} and status = 'succeeded'`)[0].n === acked.length,
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    const transitions = await paidTransitions(db.sql, acked);
    const once = transitions.every((t) => t.n === 1) && transitions.length === acked.length;
    report(
      "2 SIGKILL mid-load",
      `posted 40 notifications (PMS queries 1.5 s slow), SIGKILLed the server after ${acked.length} were acknowledged, restarted it`,
      `${acked.length} acknowledged, ${settledBeforeKill} paid before the kill, ${transitions.length} paid after restart, each once: ${once}`,
      ok && once && acked.length > 0,
    );
  } finally {
    await server.stop();
  }
}

function reconcileRun(databaseUrl, appUrl) {
  return new Promise((resolve) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/reconcile.ts"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, APP_URL: appUrl, PMS_SANDBOX: "on", ...secrets, BACKGROUND_JOBS: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

// 3. Two instances and two reconcile runs on one database.
async function twoInstances(db) {
  const extra = { PMS_SANDBOX_WEBHOOK_INTERVAL_MS: "2000", RECONCILE_INTERVAL_MS: "1000" };
  const a = await startServer({ port: basePort, databaseUrl: db.url, extra });
  const b = await startServer({ port: basePort + 1, databaseUrl: db.url, extra });
  try {
    const txs = await approvedPayments(a, db.sql, 100, { approve: false });
    // Approving makes the sandbox deliver its own notification (one per sale) from either instance.
    await Promise.all(txs.map((tx, i) => completeSale((i % 2 ? b : a).base, tx.rrn)));
    const bodies = await db.sql`select p.id as payment_id, t.* from payments p join pms_sandbox.transactions t on t.rrn = p.rrn where p.id in ${db.sql(txs.map((t) => t.payment_id))}`;
    const sends = [];
    for (const tx of bodies) for (const s of [a, b, a, b]) sends.push(postJson(`${s.base}/api/pms/webhook/${tx.payment_id}`, notificationFor(tx)));
    const reconciles = [reconcileRun(db.url, a.base), reconcileRun(db.url, b.base)];
    const answers = await Promise.all(sends);
    const runs = await Promise.all(reconciles);
    const ids = bodies.map((t) => t.payment_id);
    await waitFor(async () => (await db.sql`select count(*)::int as n from payments where id in ${db.sql(ids)} and status = 'succeeded'`)[0].n === ids.length, {
      timeoutMs: 60_000,
      intervalMs: 500,
    });
    await waitFor(async () => (await db.sql`select count(*)::int as n from pms_sandbox.webhook_deliveries where state = 'pending'`)[0].n === 0, { timeoutMs: 30_000, intervalMs: 500 });
    const transitions = await paidTransitions(db.sql, ids);
    const dupes = transitions.filter((t) => t.n !== 1).length + (ids.length - transitions.length);
    const [deliveries] = await db.sql`select count(*)::int as n, coalesce(sum(attempts), 0)::int as attempts, count(*) filter (where state <> 'delivered')::int as undelivered from pms_sandbox.webhook_deliveries where rrn in ${db.sql(bodies.map((t) => t.rrn))}`;
    const errors = answers.filter((x) => x.status >= 500).length;
    const deadlock = [...runs.map((r) => r.out), ...a.errors, ...b.errors].some((text) => /deadlock/i.test(text));
    report(
      "3 two instances + two reconcile runs",
      `100 payments; 400 notifications split across two app instances while two \`npm run reconcile\` ran, plus the sandbox's own deliveries`,
      `${dupes} payments with ≠ 1 paid transition; ${errors} answers ≥ 500; reconcile exits ${runs.map((r) => r.code).join(",")}; deadlock: ${deadlock}; ${deliveries.n} sandbox deliveries, ${deliveries.attempts} posts, ${deliveries.undelivered} undelivered`,
      dupes === 0 && errors === 0 && !deadlock && runs.every((r) => r.code === 0) && deliveries.attempts === deliveries.n && deliveries.undelivered === 0,
    );
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

// 4. PMS /online/query down for a while; and a long outage with short timeouts.
async function queryOutage(db) {
  const extra = {
    PMS_SANDBOX_FAULTS: "webhook-drop",
    RECONCILE_INTERVAL_MS: "500",
    PMS_TIMEOUT_MS: "1000",
    // Short clocks: the sandbox's payment window and our give-up window pass during the outage.
    PMS_PAYMENT_TIMEOUT_MS: "2000",
    RECONCILE_GIVE_UP_AFTER_MS: "2000",
  };
  const server = await startServer({ port: basePort, databaseUrl: db.url, extra });
  try {
    const txs = await approvedPayments(server, db.sql, 20);
    const ids = txs.map((t) => t.payment_id);
    await setFaults(db.sql, { "query-down": { on: true } });
    const answers = await Promise.all(txs.map((tx) => postJson(`${server.base}/api/pms/webhook/${tx.payment_id}`, notificationFor(tx))));
    const outageMs = 8000;
    await sleep(outageMs);
    const [{ n: expiredDuringOutage }] = await db.sql`select count(*)::int as n from payments where id in ${db.sql(ids)} and status = 'expired'`;
    const [{ n: paidDuringOutage }] = await db.sql`select count(*)::int as n from payments where id in ${db.sql(ids)} and status = 'succeeded'`;
    const cleared = Date.now();
    await setFaults(db.sql, {});
    const settled = await waitFor(
      async () => (await db.sql`select count(*)::int as n from payments where id in ${db.sql(ids)} and status = 'succeeded'`)[0].n === ids.length,
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const seconds = ((Date.now() - cleared) / 1000).toFixed(1);
    report(
      "4 PMS query outage",
      `/online/query down ${outageMs / 1000} s (past our 2 s payment-timeout and give-up windows) while 20 notifications arrived, then cleared`,
      `${answers.filter((x) => x.code === "0").length}/20 acknowledged; during outage ${paidDuringOutage} paid, ${expiredDuringOutage} expired; all paid ${settled ? `${seconds} s after it cleared` : "never"}`,
      settled && expiredDuringOutage === 0,
    );
  } finally {
    await setFaults(db.sql, {}).catch(() => {});
    await server.stop();
  }
}

function rssKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

// 5. Hostile requests to the webhook route and the sandbox API.
async function hostile(db) {
  const server = await startServer({ port: basePort, databaseUrl: db.url, extra: { PMS_SANDBOX_FAULTS: "webhook-drop" } });
  try {
    const [tx] = await approvedPayments(server, db.sql, 1, { approve: false });
    const targets = [
      `/api/pms/webhook/${tx.payment_id}`,
      "/api/pms/webhook/not-a-uuid",
      "/tt-pms-ws/rest/online/query",
      "/tt-pms-ws/rest/online/sales",
      "/online/gateway",
      "/tt-pms-ws/rest/sandbox/complete",
    ];
    // The server is started by node through next's bin: its own pid is the child's.
    const pid = server.child.pid;
    const rssBefore = rssKb(pid);
    const outcome = await hostileRequests(server.base, targets, 1200);
    const up = (await fetch(`${server.base}/`)).ok;
    const rssAfter = rssKb(pid);
    const grewMb = (rssAfter - rssBefore) / 1024;
    report(
      "5 hostile requests",
      `${outcome.sent} malformed, huge, gzip-bomb, deep, NUL, __proto__, wrong-method and wrong-type requests to ${targets.length} routes`,
      `${outcome.fiveHundreds} answers ≥ 500 (${outcome.sample || "none"}); ${outcome.networkErrors} dropped connections; server up: ${up}; RSS ${Math.round(rssBefore / 1024)} → ${Math.round(rssAfter / 1024)} MB`,
      outcome.fiveHundreds === 0 && up && grewMb < 256,
    );
  } finally {
    await server.stop();
  }
}

// 6. No secret in the files a browser can download.
function secretsInStatic() {
  const values = { PMS_SECRET: secrets.PMS_SECRET, NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET, DATABASE_URL: new URL(adminUrl).host + new URL(adminUrl).pathname, STAFF_PASSWORD: "bench-staff-password" };
  const found = [];
  let files = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files += 1;
        const text = fs.readFileSync(full, "latin1");
        for (const [name, value] of Object.entries(values)) if (text.includes(value)) found.push(`${name} in ${full}`);
      }
    }
  };
  walk(path.join(".next", "static"));
  report("6 no secret in .next/static", `built with the secrets set, searched ${files} files for each value`, found.length ? found.join("; ") : "0 found", found.length === 0);
}

/** A load balancer in a few lines: each request to the next instance in turn, appending the address it saw to x-forwarded-for. */
function roundRobinProxy(port, targets) {
  let next = 0;
  const counts = targets.map(() => 0);
  const server = http.createServer((request, response) => {
    const index = next++ % targets.length;
    counts[index]++;
    const forwarded = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      { host: "127.0.0.1", port: targets[index], method: request.method, path: request.url, headers: { ...request.headers, "x-forwarded-for": forwarded } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, () => resolve({ counts, close: () => new Promise((done) => server.close(done)) })));
}

const stockOn = async (base, slug) => {
  const html = await (await fetch(`${base}/products/${slug}`)).text();
  return /data-testid="stock-status"[^>]*>([^<]*)</.exec(html)?.[1] ?? "?";
};

// 7. Two instances behind a round-robin proxy on one database: shared cache, actions, jobs.
async function behindProxy(db) {
  const proxyPort = basePort + 2;
  const proxyBase = `http://localhost:${proxyPort}`;
  // One public origin (the proxy), one build, and the proxy counted as the one trusted hop.
  const extra = { APP_URL: proxyBase, TRUSTED_PROXY_HOPS: "1", PMS_SANDBOX_WEBHOOK_INTERVAL_MS: "2000", RECONCILE_INTERVAL_MS: "1000" };
  const a = await startServer({ port: basePort, databaseUrl: db.url, extra });
  const b = await startServer({ port: basePort + 1, databaseUrl: db.url, extra });
  const proxy = await roundRobinProxy(proxyPort, [basePort, basePort + 1]);
  try {
    const slug = "clay-teapot";
    await db.sql`update product_variants set stock = 9 where sku = ${slug}`;
    // Both instances render and cache the page: the second read of each is a cache hit.
    for (const s of [a, b, a, b]) await stockOn(s.base, slug);
    const hits = await Promise.all([a, b].map(async (s) => (await fetch(`${s.base}/products/${slug}`)).headers.get("x-nextjs-cache")));

    // Ten shoppers through the proxy: each page and each server action lands on either instance.
    let actionsFailed = 0;
    let actions = 0;
    const shoppers = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const shopper = new Shopper(proxyBase);
        actions++;
        await shopper.addToCart(i === 0 ? slug : "jasmine-tea").catch(() => actionsFailed++);
        const pay = await shopper.prepareCheckout();
        actions++;
        const answer = await pay();
        if (answer.status !== 303) actionsFailed++;
        return shopper;
      }),
    );
    const rows = await db.sql`select p.id as payment_id, p.rrn, o.id as order_id from payments p join orders o on o.id = p.order_id`;
    const [teapot] = await db.sql`select p.id as payment_id, p.rrn from payments p join order_items i on i.order_id = p.order_id join product_variants v on v.id = i.variant_id where v.sku = ${slug}`;

    // The teapot's order is paid; time from its commit to both instances showing the new stock.
    await completeSale(proxyBase, teapot.rrn);
    const paid = await waitFor(async () => (await db.sql`select status from payments where id = ${teapot.payment_id}`)[0].status === "succeeded", { timeoutMs: 30_000, intervalMs: 20 });
    if (!paid) throw new Error("the teapot's payment was never confirmed");
    const paidAt = Date.now();
    const seen = { [a.base]: undefined, [b.base]: undefined };
    // A flip: any read started after some read (on either instance) already showed the new stock, that shows the old.
    let flips = 0;
    let newShownAt;
    const newStock = "Only 8 left";
    await waitFor(
      async () => {
        for (const s of [a, b]) {
          const startedAt = Date.now();
          const text = await stockOn(s.base, slug);
          if (text === newStock) {
            seen[s.base] ??= Date.now() - paidAt;
            newShownAt ??= Date.now();
          } else if (newShownAt !== undefined && startedAt > newShownAt) flips++;
        }
        return Object.values(seen).every((v) => v !== undefined);
      },
      { timeoutMs: 30_000, intervalMs: 50 },
    );
    // Reloads after that never go back to the old stock, whichever instance answers.
    for (let i = 0; i < 20; i++) if ((await stockOn(proxyBase, slug)) !== newStock) flips++;
    const freshMs = Math.max(...Object.values(seen));

    // The rest are approved; the jobs of both instances confirm them: each exactly once.
    for (const row of rows) if (row.rrn !== teapot.rrn) await completeSale(proxyBase, row.rrn);
    const ids = rows.map((r) => r.payment_id);
    await waitFor(async () => (await db.sql`select count(*)::int as n from payments where id in ${db.sql(ids)} and status = 'succeeded'`)[0].n === ids.length, { timeoutMs: 60_000, intervalMs: 250 });
    await waitFor(async () => (await db.sql`select count(*)::int as n from pms_sandbox.webhook_deliveries where state = 'pending'`)[0].n === 0, { timeoutMs: 30_000, intervalMs: 250 });
    const transitions = await paidTransitions(db.sql, ids);
    const dupes = transitions.filter((t) => t.n !== 1).length + (ids.length - transitions.length);
    const [deliveries] = await db.sql`select count(*)::int as n, coalesce(sum(attempts), 0)::int as attempts from pms_sandbox.webhook_deliveries`;
    // 200 from each, and each says it is the one build serving (a second build would break cross-instance actions).
    const health = await Promise.all(
      [a, b].map(async (s) => {
        const answer = await fetch(`${s.base}/api/health`);
        const body = await answer.json();
        return body.checks?.build?.ok ? String(answer.status) : `${answer.status}, ${body.checks?.build?.detail}`;
      }),
    );
    report(
      "7 two instances behind a round-robin proxy",
      `both cache ${slug}'s page (${hits.join(", ")}); 10 shoppers add to cart and pay through the proxy (${proxy.counts.join(" + ")} requests); one order takes a teapot; the other 9 are approved and confirmed by both instances' jobs`,
      `${actionsFailed}/${actions} server actions failed; new stock on both instances ${freshMs} ms after the payment committed (${Object.values(seen).join(" / ")} ms); ${flips} reads of the old stock after the new one showed; ${dupes} payments with ≠ 1 paid transition; ${deliveries.n} sandbox deliveries in ${deliveries.attempts} posts; health ${health.join(", ")}`,
      hits.every((h) => h === "HIT") && actionsFailed === 0 && freshMs <= 2_000 && flips === 0 && dupes === 0 && deliveries.attempts === deliveries.n && health.every((h) => h === "200"),
    );
    void shoppers;
  } finally {
    await proxy.close();
    await Promise.all([a.stop(), b.stop()]);
  }
}

async function main() {
  // Built with every secret set, so drill 6 would catch one inlined into client code.
  process.env.PMS_SECRET ??= secrets.PMS_SECRET;
  process.env.NEXTAUTH_SECRET ??= secrets.NEXTAUTH_SECRET;
  buildApp();
  secretsInStatic();
  const only = process.env.DRILL_ONLY?.split(",");
  const drills = { 1: duplicates, 2: killMidLoad, 3: twoInstances, 4: queryOutage, 5: hostile, 7: behindProxy };
  for (const [n, drill] of Object.entries(drills)) {
    if (only && !only.includes(n)) continue;
    const db = await freshDatabase(`drill${n}`);
    const started = Date.now();
    try {
      await drill(db);
    } catch (error) {
      report(`${n} ${drill.name}`, "did not finish", error instanceof Error ? error.message : String(error), false);
    } finally {
      await db.drop();
      log(`     (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  const failed = results.filter((r) => !r.pass);
  log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(`drill failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
