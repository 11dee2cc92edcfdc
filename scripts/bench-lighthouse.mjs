// npm run bench:lighthouse: Lighthouse (mobile, its default) three times on /,
// a product, the cart and checkout, against a production build on a fresh
// PostgreSQL database, with the system Chromium (CHROME_PATH, default /usr/bin/chromium).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp, freshDatabase, log, startServer } from "../bench/lib/harness.mjs";
import { Shopper } from "../bench/lib/shopper.mjs";

const port = Number(process.env.BENCH_PORT ?? 3459);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";

function lighthouse(url, cookie, out) {
  const args = [
    "--yes",
    "lighthouse@13",
    url,
    "--quiet",
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const result = spawnSync("npx", args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chrome } });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  const scores = Object.fromEntries(Object.entries(report.categories).map(([key, c]) => [key, Math.round(c.score * 100)]));
  // Why a score is what it is: the timing metrics, and every weighted audit that did not pass.
  const metrics = Object.fromEntries(
    ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [id, report.audits[id]?.displayValue]),
  );
  const failing = Object.values(report.categories).flatMap((c) =>
    c.auditRefs.filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1).map((ref) => `${c.id}:${ref.id}`),
  );
  return { ...scores, metrics, failing };
}

async function main() {
  buildApp();
  const database = await freshDatabase("lighthouse");
  const server = await startServer({ port, databaseUrl: database.url });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  try {
    const [{ slug }] = await database.sql`select slug from products order by id limit 1`;
    const shopper = new Shopper(server.base);
    await shopper.addToCart(slug);
    const cookie = shopper.cookieHeader();
    const pages = { "/": ["/", ""], product: [`/products/${slug}`, ""], cart: ["/cart", cookie], checkout: ["/checkout", cookie] };
    const rows = [];
    // LIGHTHOUSE_PAGES=/,checkout measures some pages while working on them.
    const only = process.env.LIGHTHOUSE_PAGES?.split(",");
    for (const [name, [pagePath, pageCookie]] of Object.entries(pages)) {
      if (only && !only.includes(name)) continue;
      const scores = [];
      for (let i = 0; i < runs; i += 1) scores.push(lighthouse(server.base + pagePath, pageCookie, path.join(dir, `${name}-${i}.json`)));
      rows.push({ page: name, scores });
      log(`${name}: performance ${scores.map((s) => s.performance).join(", ")}; accessibility ${scores[0].accessibility}, best practices ${scores[0]["best-practices"]}, SEO ${scores[0].seo}`);
    }
    fs.writeFileSync("bench/lighthouse.json", `${JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2)}\n`);
  } finally {
    await server.stop();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`lighthouse bench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
