// A shopper without JavaScript, over plain HTTP: it reads a page, fills the
// server action's form (the hidden fields React renders for progressive
// enhancement) and posts it, as a browser with scripts off would.
import crypto from "node:crypto";
import { secrets } from "./harness.mjs";

const entities = { amp: "&", quot: '"', lt: "<", gt: ">", "#39": "'", "#x27": "'" };
const unescape = (text) => text.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name) => entities[name]);

function attributes(tag) {
  const attrs = {};
  for (const match of tag.matchAll(/([\w:$-]+)(?:="([^"]*)")?/g)) attrs[match[1]] = match[2] === undefined ? "" : unescape(match[2]);
  return attrs;
}

/**
 * What a browser would post from the first form in `html` that has a field
 * named `fieldName`: its hidden inputs, plus the checked radio of each group
 * (or, when none is checked, the first one not disabled).
 */
export function formFields(html, fieldName) {
  for (const match of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    const form = match[0];
    if (!form.includes(`name="${fieldName}"`)) continue;
    const fields = [];
    const radios = new Map();
    for (const input of form.matchAll(/<input\b[^>]*>/g)) {
      const attrs = attributes(input[0]);
      if (attrs.type === "hidden" && attrs.name) fields.push([attrs.name, attrs.value ?? ""]);
      if (attrs.type === "radio" && attrs.name && !("disabled" in attrs)) {
        if ("checked" in attrs || !radios.has(attrs.name)) radios.set(attrs.name, attrs.value ?? "");
      }
    }
    return [...fields, ...radios];
  }
  throw new Error(`no form with a field named ${fieldName}`);
}

export class Shopper {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  remember(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  async get(path) {
    const response = await fetch(this.base + path, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    this.remember(response);
    return { status: response.status, html: await response.text(), location: response.headers.get("location") };
  }

  /** Posts a page's form as a browser without JavaScript does (multipart, same origin). */
  async submit(path, fields) {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    const response = await fetch(this.base + path, {
      method: "POST",
      body,
      headers: { cookie: this.cookieHeader(), origin: this.base },
      redirect: "manual",
    });
    this.remember(response);
    return { status: response.status, location: response.headers.get("location"), text: await response.text() };
  }

  async addToCart(slug, quantity = 1) {
    const page = await this.get(`/products/${slug}`);
    const fields = formFields(page.html, "variantId");
    const result = await this.submit(`/products/${slug}`, [...fields, ["quantity", String(quantity)]]);
    if (result.status >= 400) throw new Error(`add to cart answered ${result.status}`);
    return result;
  }

  /** Loads /checkout (not timed) and returns a function that presses Pay (timed by the caller). */
  async prepareCheckout(method = "VMPAY") {
    const page = await this.get("/checkout");
    if (page.status !== 200) throw new Error(`checkout answered ${page.status}`);
    // Contact and delivery as a shopper gives them: pick-up, so no address is needed.
    const details = [["email", "bench@harbour.test"], ["phone", ""], ["delivery", "pickup"]];
    const fields = formFields(page.html, "method").filter(([name]) => name !== "method" && name !== "delivery");
    return () => this.submit("/checkout", [...fields, ...details, ["method", method]]);
  }
}

/** The sandbox's signed test helper: decide a pending sale as its shopper would. */
export async function completeSale(base, rrn, outcome = "success") {
  const timestamp = Date.now();
  const sign = crypto.createHmac("sha1", secrets.PMS_SECRET).update(String(timestamp)).digest("base64");
  const response = await fetch(`${base}/tt-pms-ws/rest/sandbox/complete`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ apiKey: secrets.PMS_API_KEY, timestamp, sign, rrn, outcome, lang: "en" }),
  });
  const answer = await response.json();
  if (answer.errorCode !== "0") throw new Error(`sandbox complete ${rrn}: ${JSON.stringify(answer)}`);
  return answer;
}

/** The notification PMS would send for a sale, as the spec writes it. */
export function notificationFor(transaction) {
  return JSON.stringify({
    storeCode: transaction.store_code,
    tillId: transaction.till_id,
    type: transaction.type,
    rrn: transaction.rrn,
    amount: transaction.amt,
    gwRefCode: transaction.gw_ref_code ?? "",
    txDatetime: transaction.tx_date_time,
    salesman: transaction.salesman,
    orgRrn: "",
  });
}
