// A merchant in plain Node (>= 20), no dependencies: sells, queries, completes and receives
// the webhook from a running sandbox. Signing is the spec's: Base64(HMAC-SHA1(secret, timestamp)).
//
//   npx pms-sandbox serve --port 4010 --merchant k:s      (in one terminal)
//   PMS_BASE_URL=http://localhost:4010/tt-pms-ws/rest PMS_API_KEY=k PMS_SECRET=s node merchant.mjs
import { createHmac, randomInt } from "node:crypto";
import http from "node:http";

const base = process.env.PMS_BASE_URL ?? "http://localhost:4010/tt-pms-ws/rest";
const apiKey = process.env.PMS_API_KEY ?? "k";
const secret = process.env.PMS_SECRET ?? "s";

/** Every call carries apiKey, timestamp (ms) and sign. */
function signed(fields) {
  const timestamp = Date.now();
  const sign = createHmac("sha1", secret).update(String(timestamp)).digest("base64");
  return { apiKey, timestamp, sign, ...fields };
}

async function call(path, fields) {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(signed(fields)),
  });
  const answer = await response.json();
  if (answer.errorCode !== "0") throw new Error(`${path}: errorCode ${answer.errorCode}: ${answer.errorMessage}`);
  return answer;
}

// 1. Our webhook endpoint. The notification is unsigned and carries no status:
//    it only tells us to ask /online/query. We answer errorCode "0" so PMS stops retrying.
let notified;
const webhookReceived = new Promise((resolve) => (notified = resolve));
const receiver = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"errorCode":"0","errorMessage":"OK"}');
    notified(JSON.parse(body));
  });
});
await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const webhookUrl = `http://127.0.0.1:${receiver.address().port}/pms/webhook`;

// 2. Sell: HK$128.50 by card, under our own rrn.
const rrn = Array.from({ length: 24 }, () => randomInt(10)).join("");
const sale = await call("/online/sales", {
  type: "VMPAY", rrn, storeCode: "ST01", tillId: "01", salesman: "9999", lang: "en",
  txDateTime: "2021-06-11T16:18:30+0800", amt: 12850, ccy: "HKD",
  extendParam: JSON.stringify({ subject: "Jasmine tea", seller: "Harbour Goods" }),
  returnUrl: "http://localhost:3000/checkout/result", webhookUrl,
});
console.log(`sold ${rrn}: the shopper pays at ${sale.paymentUrl}`);

// 3. Query: pending (05) until the shopper acts.
const before = await call("/online/query", { type: "VMPAY", rrn, storeCode: "ST01", tillId: "01" });
console.log(`query: gwRefStatus ${before.gwRefStatus}`);

// 4. Complete it as the shopper would (the sandbox's signed test helper), here: success.
await call("/sandbox/complete", { rrn, outcome: "success" });
console.log("completed: success");

// 5. The webhook arrives; we confirm with a query, never by believing the webhook.
const webhook = await Promise.race([
  webhookReceived,
  new Promise((_, reject) => setTimeout(() => reject(new Error("no webhook within 30 s")), 30_000).unref()),
]);
console.log(`webhook for ${webhook.rrn}: amount ${webhook.amount}`);
const after = await call("/online/query", { type: "VMPAY", rrn, storeCode: "ST01", tillId: "01" });
if (after.gwRefStatus !== "01" || after.amt !== 12850 || after.ccy !== "HKD") throw new Error(`not paid: ${JSON.stringify(after)}`);
console.log(`query: gwRefStatus ${after.gwRefStatus}, paid HK$${(after.amt / 100).toFixed(2)}, gwRefCode ${after.gwRefCode}`);
receiver.close();
receiver.closeAllConnections();
