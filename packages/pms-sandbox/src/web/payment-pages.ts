import type { ReactNode } from "react";
import { scanPageUrl, type SandboxConfig } from "../config";
import { getDictionary, type Dictionary } from "../dictionaries";
import { defaultLang, htmlLang, parseLang } from "../lang";
import { getLogoDataUri } from "../logos";
import { isPaymentType, paymentTypeInfo, type PaymentType } from "../payment-types";
import { choosePageLayout, formatAmount, readExtendParam } from "../payment/display";
import { renderQrSvg } from "../payment/qr";
import { buildReturnTarget } from "../payment/return-target";
import { formatCardNumber, testCardsFor, type CardResult } from "../payment/test-cards";
import { asGwRefStatus, type GwRefStatus } from "../status";
import type { PmsTransaction } from "../store/schema";
import { h, renderDocument } from "./html";

const pagePath = (token: string) => `/pms-payment/${encodeURIComponent(token)}`;

export type PaymentView = { payment: PmsTransaction; nowMs: number; userAgent: string | null; layout?: string; notice?: string };

/** The page behind paymentUrl: what the shopper sees at "PMS", in the sale's language. */
export async function renderPaymentPage(config: SandboxConfig, view: PaymentView): Promise<Response> {
  const { payment } = view;
  const { lang, t, type } = saleFacts(payment);
  const pc = choosePageLayout(view.layout, view.userAgent, payment.userAgent) === "pc";
  const status = asGwRefStatus(payment.status);
  const token = payment.token;
  const methodPanel =
    status !== "05"
      ? outcomePanel(t, status, buildReturnTarget(payment))
      : paymentTypeInfo[type].kind === "card"
        ? cardForm(t, token, type, noticeText(view.notice, t))
        : await walletPanel(t, token, scanPageUrl(config, token), pc);
  const body = h(
    "div",
    { "data-layout": pc ? "pc" : "mobile" },
    await header(t, type, lang, pc),
    h(
      "main",
      { className: `wrap ${pc ? "wide" : "narrow"}` },
      h("h1", { className: "sr-only" }, t.page.title),
      h(
        "div",
        { className: pc ? "grid-pc" : "wrap", style: pc ? undefined : { padding: 0 } },
        h(
          "section",
          { className: "card" },
          summary(t, payment),
          status === "05" ? h("div", { className: "countdown", id: "pms-countdown" }, h("p", { style: { margin: 0 } }, `${t.page.closesIn} `, h("time", { className: "mono" }, "…"))) : null,
        ),
        h(
          "section",
          { className: "card", "aria-label": t.page.method },
          methodPanel,
          status === "05" && payment.returnUrl
            ? // Leaving without paying: the payment is declined, and the shopper goes back to the merchant's returnUrl.
              h(
                "form",
                { method: "post", action: `${pagePath(token)}/decide`, style: { marginTop: 20, borderTop: "1px solid #e2e8f0", paddingTop: 16 } },
                h("input", { type: "hidden", name: "decision", value: "failure" }),
                h("button", { type: "submit", className: "link" }, t.page.cancelAndReturn),
              )
            : null,
        ),
      ),
    ),
  );
  const script =
    status === "05" ? watcherScript(`${pagePath(token)}/status`, payment.expiresAt.getTime(), view.nowMs, t.page.closed) : undefined;
  return renderDocument({ lang: htmlLang(lang), title: t.page.documentTitle, body, script });
}

/** The QR code's target: a person on a phone approves or declines; the open payment page follows. */
export async function renderScanPage(payment: PmsTransaction): Promise<Response> {
  const { lang, t, type } = saleFacts(payment);
  const status = asGwRefStatus(payment.status);
  const body = h(
    "div",
    null,
    await header(t, type, lang, false),
    h(
      "main",
      { className: "wrap narrow" },
      h("h1", null, t.page.scanTitle),
      h("section", { className: "card" }, summary(t, payment)),
      h(
        "section",
        { className: "card" },
        status === "05" ? walletControls(t, payment.token, "scan") : outcomePanel(t, status, undefined, t.page.scanDone),
      ),
    ),
  );
  return renderDocument({ lang: htmlLang(lang), title: t.page.documentTitle, body });
}

/** The "default PMS result page", for a sale that gave no returnUrl. */
export async function renderResultPage(payment: PmsTransaction): Promise<Response> {
  const { lang, t, type } = saleFacts(payment);
  const body = h(
    "div",
    null,
    await header(t, type, lang, false),
    h(
      "main",
      { className: "wrap narrow" },
      h("h1", { className: "sr-only" }, t.page.title),
      h("section", { className: "card" }, summary(t, payment)),
      h("section", { className: "card" }, outcomePanel(t, asGwRefStatus(payment.status), undefined, t.page.defaultResultNote)),
    ),
  );
  return renderDocument({ lang: htmlLang(lang), title: t.page.documentTitle, body });
}

export function renderPaymentNotFound(): Response {
  const t = getDictionary(defaultLang);
  const en = getDictionary("en");
  return renderDocument({
    status: 404,
    lang: "en",
    title: en.page.notFound,
    body: h("main", { className: "wrap narrow" }, h("section", { className: "card center" }, h("h1", null, en.page.notFound), h("p", { lang: "zh-HK" }, t.page.notFound))),
  });
}

function saleFacts(payment: PmsTransaction) {
  const lang = parseLang(payment.lang) ?? defaultLang;
  const type: PaymentType = isPaymentType(payment.type) ? payment.type : "VMPAY";
  return { lang, t: getDictionary(lang), type };
}

async function header(t: Dictionary, type: PaymentType, lang: ReturnType<typeof saleFacts>["lang"], wide: boolean): Promise<ReactNode> {
  return h(
    "header",
    null,
    h("p", { className: "badge-strip" }, t.page.sandboxBadge),
    h(
      "div",
      { className: "bar" },
      h(
        "div",
        { className: "bar-inner", style: { maxWidth: wide ? "64rem" : "28rem" } },
        h("img", { src: await getLogoDataUri(type), alt: "" }),
        h("span", { style: { fontWeight: 600 } }, paymentTypeInfo[type].langDesc[lang]),
        h("span", { className: "brand" }, "TTRetail PMS"),
      ),
    ),
  );
}

/** Amount, goods, seller (from extendParam, docs/pms/NOTES.md #8) and rrn of a sale. */
function summary(t: Dictionary, payment: PmsTransaction): ReactNode {
  const { seller, subject } = readExtendParam(payment.extendParam);
  return h(
    "div",
    null,
    h("p", { className: "muted", style: { margin: 0 } }, t.page.amount),
    h("p", { className: "amount", "data-testid": "pms-amount" }, formatAmount(payment.amt)),
    h(
      "dl",
      { className: "facts" },
      subject ? [h("dt", { key: "st" }, t.page.subject), h("dd", { key: "sd" }, subject)] : null,
      seller ? [h("dt", { key: "lt" }, t.page.seller), h("dd", { key: "ld" }, seller)] : null,
      h("dt", null, t.page.reference),
      h("dd", { className: "mono" }, payment.rrn),
    ),
  );
}

const tone: Record<GwRefStatus, { path: string; background: string }> = {
  "01": { path: "M5 12.5l4.5 4.5L19 7.5", background: "#d1fae5" },
  "02": { path: "M7 7l10 10M17 7L7 17", background: "#ffe4e6" },
  "03": { path: "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16M12 8v4.5l3 2", background: "#fef3c7" },
  "04": { path: "M8 8H15a4.5 4.5 0 0 1 0 9H9M8 8l3-3M8 8l3 3", background: "#e0f2fe" },
  "05": { path: "M7 12h.01M12 12h.01M17 12h.01", background: "#f1f5f9" },
};

/** A final payment's outcome, shown instead of the controls. */
function outcomePanel(t: Dictionary, status: GwRefStatus, returnHref?: string, note?: string): ReactNode {
  return h(
    "div",
    { className: "center" },
    h(
      "svg",
      { "aria-hidden": "true", viewBox: "0 0 24 24", width: 56, height: 56, style: { background: tone[status].background, borderRadius: "50%", padding: 14 }, fill: "none", stroke: "currentColor", strokeWidth: 2.5, strokeLinecap: "round", strokeLinejoin: "round" },
      h("path", { d: tone[status].path }),
    ),
    h("h2", { className: "outcome", role: "status", "data-testid": "pms-outcome", "data-status": status }, t.page.status[status]),
    note ? h("p", { className: "muted" }, note) : null,
    returnHref ? h("a", { href: returnHref, className: "button-link" }, t.page.returnToMerchant) : null,
  );
}

/** VMPAY and UNIONPAY: number, expiry and CVC; the test card number decides the outcome. */
function cardForm(t: Dictionary, token: string, type: PaymentType, notice: string | undefined): ReactNode {
  const resultText: Record<CardResult, string> = { success: t.page.cardApproves, failure: t.page.cardDeclines, "no-answer": t.page.cardNoAnswer };
  const described = notice ? "pms-card-notice" : undefined;
  const input = (id: string, name: string, placeholder: string, maxLength?: number) =>
    h("input", { id, name, inputMode: "numeric", autoComplete: "off", placeholder, maxLength, required: true, "aria-describedby": described });
  return h(
    "div",
    null,
    h(
      "form",
      { method: "post", action: `${pagePath(token)}/card`, className: "stack" },
      h("label", { htmlFor: "pms-card-number" }, t.page.cardNumber),
      input("pms-card-number", "cardNumber", "4242 4242 4242 4242"),
      h(
        "div",
        { className: "two" },
        h("div", null, h("label", { htmlFor: "pms-card-expiry" }, t.page.expiry), input("pms-card-expiry", "expiry", "12/30", 7)),
        h("div", null, h("label", { htmlFor: "pms-card-cvc" }, t.page.cvc), input("pms-card-cvc", "cvc", "123", 4)),
      ),
      notice ? h("p", { id: "pms-card-notice", role: "alert", className: "alert" }, notice) : null,
      h("button", { type: "submit", className: "primary" }, t.page.pay),
    ),
    h(
      "div",
      { style: { marginTop: 20 } },
      h("h3", null, t.page.testCards),
      h(
        "dl",
        { className: "facts" },
        testCardsFor(type).map((card) => [
          h("dt", { key: `${card.number}-t` }, h("code", null, formatCardNumber(card.number))),
          h("dd", { key: `${card.number}-d`, className: "muted" }, `${card.brand === "UnionPay" ? t.page.unionPay : card.brand} · ${resultText[card.result]}`),
        ]),
      ),
      h("p", { className: "muted" }, t.page.testCardRules),
    ),
  );
}

/** WeChat Pay, Alipay, Alipay HK, FPS: a QR code for a phone, and the sandbox's own controls. */
async function walletPanel(t: Dictionary, token: string, scanUrl: string, pc: boolean): Promise<ReactNode> {
  const controls = h(
    "section",
    { "aria-labelledby": "pms-controls", key: "controls" },
    h("h2", { id: "pms-controls", style: { fontSize: 14 } }, t.page.testControls),
    h("p", { className: "muted" }, t.page.testControlsHint),
    walletControls(t, token, "page"),
  );
  const qr = h(
    "div",
    { className: "center", key: "qr" },
    h("h2", null, t.page.scanToPay),
    // Markup drawn by the qrcode package from our own URL; it holds only <path>s.
    h("div", { role: "img", "aria-label": t.page.qrCode, className: `qr${pc ? " large" : ""}`, dangerouslySetInnerHTML: { __html: await renderQrSvg(scanUrl) } }),
    h("p", { className: "muted" }, t.page.scanHint),
    h("a", { href: scanUrl, className: "muted", style: { wordBreak: "break-all", fontSize: 12 } }, scanUrl),
  );
  // On a phone the shopper cannot scan their own screen: the controls come first.
  return h("div", { className: "wrap", style: { padding: 0 } }, pc ? qr : controls, h("hr", { key: "hr" }), pc ? controls : qr);
}

function walletControls(t: Dictionary, token: string, from: "page" | "scan"): ReactNode {
  return h(
    "form",
    { method: "post", action: `${pagePath(token)}/decide`, className: "stack" },
    h("input", { type: "hidden", name: "from", value: from }),
    h("button", { type: "submit", name: "decision", value: "success", className: "approve" }, t.page.approve),
    h("button", { type: "submit", name: "decision", value: "failure" }, t.page.decline),
  );
}

function noticeText(notice: unknown, t: Dictionary): string | undefined {
  const texts: Record<string, string> = {
    "unknown-card": t.page.unknownCard,
    "wrong-brand": t.page.wrongBrand,
    "no-answer": t.page.noAnswer,
    "invalid-expiry": t.page.invalidExpiry,
    "invalid-cvc": t.page.invalidCvc,
  };
  return typeof notice === "string" ? texts[notice] : undefined;
}

/**
 * The countdown to the payment's timeout, and the browser's half of "after
 * the outcome, go to returnUrl": it asks every two seconds and follows as soon
 * as the payment is final (approved on a phone, by the console, or timed out).
 */
function watcherScript(statusUrl: string, expiresAtMs: number, serverNowMs: number, closed: string): string {
  const args = JSON.stringify({ statusUrl, expiresAtMs, skew: serverNowMs, closed }).replace(/</g, "\\u003c");
  return `(function(a){var skew=a.skew-Date.now(),box=document.getElementById("pms-countdown"),time=box&&box.querySelector("time");
function tick(){var s=Math.max(0,Math.ceil((a.expiresAtMs-(Date.now()+skew))/1000));if(!box)return;
if(s>0){time.textContent=String(Math.floor(s/60)).padStart(2,"0")+":"+String(s%60).padStart(2,"0");}else{box.innerHTML="";var p=document.createElement("p");p.setAttribute("role","status");p.style.margin="0";p.textContent=a.closed;box.appendChild(p);box=null;}}
tick();setInterval(tick,1000);var done=false;
setInterval(function(){if(done)return;fetch(a.statusUrl,{cache:"no-store"}).then(function(r){return r.ok?r.json():null}).then(function(s){if(s&&s.final&&s.next&&!done){done=true;location.assign(s.next);}}).catch(function(){});},2000);
})(${args});`;
}
