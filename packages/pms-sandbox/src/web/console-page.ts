import type { ReactNode } from "react";
import type { ConsoleData } from "../console/load";
import { defaultFaultMs, faultDescriptions } from "../faults";
import { formatAmount, formatHongKongTime } from "../payment/display";
import { webhookMaxAttempts } from "../config";
import { serializeWebhookPayload } from "../webhooks/payload";
import { h, renderDocument } from "./html";

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

const actionsFor: Record<string, Array<{ outcome: string; label: string; verb: string; primary?: boolean }>> = {
  "05": [
    { outcome: "success", label: "Approve", verb: "Approve payment", primary: true },
    { outcome: "failure", label: "Decline", verb: "Decline payment" },
    { outcome: "timeout", label: "Time out", verb: "Time out payment" },
  ],
  "01": [{ outcome: "refund", label: "Refund", verb: "Refund payment" }],
};

const statusText: Record<string, string> = { "01": "01 success", "02": "02 failure", "03": "03 timeout", "04": "04 refunded", "05": "05 pending" };

/** The console, in English (it is the merchant's tool): connection, fault switches, transactions, deliveries. Refreshes itself every 5 s. */
export function renderConsole(data: ConsoleData, publicUrl: string, basePath: string): Response {
  const body = h(
    "div",
    null,
    h("p", { className: "badge-strip" }, "Sandbox · test mode, no real money moves"),
    h(
      "main",
      { className: "wrap", style: { maxWidth: "80rem" } },
      h("div", { className: "row" }, h("h1", { style: { margin: 0 } }, "PMS sandbox console"), h("a", { href: basePath, style: { marginLeft: "auto" } }, "Refresh")),
      h("div", { className: "grid2" }, connection(data, publicUrl, basePath), faults(data, basePath)),
      transactions(data, basePath),
      deliveries(data, basePath),
    ),
  );
  // Stops refreshing while the operator types into a field.
  const script = `setInterval(function(){var a=document.activeElement;if(!a||a===document.body)location.reload();},5000);`;
  return renderDocument({ lang: "en", title: "Console · TTRetail PMS (sandbox)", body, script });
}

function connection(data: ConsoleData, publicUrl: string, basePath: string): ReactNode {
  const { timings } = data;
  const rows: Array<[string, ReactNode]> = [
    ["Base URL", h("code", null, `${publicUrl}/tt-pms-ws/rest`)],
    ["Operations", h("code", null, "POST /online/gateway · /online/sales · /online/query")],
    ["Test helpers", h("code", null, "POST /tt-pms-ws/rest/sandbox/complete · /resend · /list")],
    ...data.credentials.flatMap((m): Array<[string, ReactNode]> => [
      ["apiKey", h("code", null, m.apiKey)],
      ["secret", m.secret ? h("code", null, m.secret) : "configured (not shown)"],
    ]),
    ["Timestamp window", `± ${seconds(timings.toleranceMs)}`],
    ["Webhook interval", `${seconds(timings.webhookIntervalMs)}, at most ${webhookMaxAttempts} deliveries`],
  ];
  return h(
    "section",
    { className: "card", "aria-labelledby": "connection" },
    h("h2", { id: "connection" }, "Connection"),
    h(
      "dl",
      { className: "facts" },
      rows.map(([label, value]) => [h("dt", { key: `${label}-t` }, label), h("dd", { key: `${label}-d` }, value)]),
      h("dt", null, "Payment timeout"),
      h(
        "dd",
        null,
        h(
          "form",
          { method: "post", action: `${basePath}/timeout`, className: "row" },
          h("span", null, seconds(timings.paymentTimeoutMs), timings.paymentTimeoutFromConsole ? " (set here)" : " (at start)"),
          h("label", { className: "muted" }, "New timeout in seconds ", h("input", { name: "seconds", inputMode: "numeric", size: 6 })),
          h("button", { type: "submit", className: "small" }, "Save (empty resets)"),
          h("span", { className: "muted" }, "applies to new sales"),
        ),
      ),
    ),
  );
}

function faults(data: ConsoleData, basePath: string): ReactNode {
  return h(
    "section",
    { className: "card", "aria-labelledby": "faults" },
    h(
      "div",
      { className: "row" },
      h("h2", { id: "faults", style: { margin: 0 } }, "Fault switches"),
      h("form", { method: "post", action: `${basePath}/reset-faults`, style: { marginLeft: "auto" } }, h("button", { type: "submit", className: "small" }, "Reset all to environment")),
    ),
    data.unknownEnvFaults.length > 0 ? h("p", { className: "alert" }, `Unknown faults at start, ignored: ${data.unknownEnvFaults.join(", ")}`) : null,
    h(
      "ul",
      { className: "plain" },
      data.faults.map((fault) =>
        h(
          "li",
          { key: fault.name },
          h("code", null, fault.name),
          h("span", { className: `pill${fault.active ? " on" : ""}` }, fault.active ? `on${fault.ms !== undefined ? ` · ${fault.ms} ms` : ""}` : "off"),
          fault.source === "env" ? h("span", { className: "muted" }, "from start") : fault.source === "console" ? h("span", { className: "muted" }, "set here") : null,
          h("span", { className: "muted", style: { flexBasis: "100%" } }, faultDescriptions[fault.name]),
          h(
            "form",
            { method: "post", action: `${basePath}/fault`, className: "row" },
            h("input", { type: "hidden", name: "name", value: fault.name }),
            defaultFaultMs[fault.name] !== undefined
              ? h("input", { name: "ms", inputMode: "numeric", size: 6, placeholder: String(defaultFaultMs[fault.name]), "aria-label": `Delay of ${fault.name} in milliseconds` })
              : null,
            h("button", { type: "submit", name: "mode", value: "on", className: "small", "aria-label": `Turn on ${fault.name}` }, "On"),
            h("button", { type: "submit", name: "mode", value: "off", className: "small", "aria-label": `Turn off ${fault.name}` }, "Off"),
            fault.source === "console"
              ? h("button", { type: "submit", name: "mode", value: "env", className: "small", "aria-label": `Reset ${fault.name} to environment` }, "Reset")
              : null,
          ),
        ),
      ),
    ),
  );
}

function transactions(data: ConsoleData, basePath: string): ReactNode {
  return h(
    "section",
    { className: "card", "aria-labelledby": "transactions" },
    h("h2", { id: "transactions" }, `Transactions (newest ${data.transactions.length})`),
    data.transactions.length === 0
      ? h("p", { className: "muted" }, "No sales yet.")
      : h(
          "table",
          null,
          h("thead", null, h("tr", null, ["rrn", "Method", "Amount", "Status", "Created (HK)", "Actions"].map((c) => h("th", { key: c }, c)))),
          h(
            "tbody",
            null,
            data.transactions.map((tx) =>
              h(
                "tr",
                { key: tx.id },
                h("td", null, h("code", null, tx.rrn)),
                h("td", null, tx.type),
                h("td", null, formatAmount(tx.amt)),
                h("td", null, h("span", { className: "pill" }, statusText[tx.status] ?? tx.status)),
                h("td", null, formatHongKongTime(tx.createdAt)),
                h(
                  "td",
                  null,
                  h(
                    "div",
                    { className: "row" },
                    (actionsFor[tx.status] ?? []).map((action) =>
                      h(
                        "form",
                        { key: action.outcome, method: "post", action: `${basePath}/complete` },
                        h("input", { type: "hidden", name: "id", value: tx.id }),
                        h("input", { type: "hidden", name: "outcome", value: action.outcome }),
                        h("button", { type: "submit", className: `small${action.primary ? " approve" : ""}`, "aria-label": `${action.verb} ${tx.rrn}` }, action.label),
                      ),
                    ),
                    h("a", { href: `/pms-payment/${encodeURIComponent(tx.token)}`, className: "muted" }, "Payment page"),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

function deliveries(data: ConsoleData, basePath: string): ReactNode {
  return h(
    "section",
    { className: "card", "aria-labelledby": "deliveries" },
    h("h2", { id: "deliveries" }, `Webhook deliveries (newest ${data.deliveries.length})`),
    data.deliveries.length === 0
      ? h("p", { className: "muted" }, "No notifications yet.")
      : h(
          "table",
          null,
          h("thead", null, h("tr", null, ["rrn", "Event", "State", "Attempts", "Last answer", "URL", ""].map((c, i) => h("th", { key: i }, c)))),
          h(
            "tbody",
            null,
            data.deliveries.map((d) =>
              h(
                "tr",
                { key: d.id },
                h("td", null, h("code", null, d.rrn), h("details", null, h("summary", { className: "muted" }, "payload"), h("pre", { style: { whiteSpace: "pre-wrap" } }, serializeWebhookPayload(d.payload)))),
                h("td", null, statusText[d.event] ?? d.event),
                h("td", null, h("span", { className: "pill" }, d.state)),
                h("td", null, `${d.attempts} / ${d.maxAttempts}`, d.lastAttemptAt ? h("div", { className: "muted" }, formatHongKongTime(d.lastAttemptAt)) : null),
                h("td", null, d.lastStatus !== null ? `HTTP ${d.lastStatus} ` : "", d.lastAnswer ?? d.lastError ?? "—"),
                h("td", { style: { wordBreak: "break-all" } }, d.url),
                h(
                  "td",
                  null,
                  h(
                    "form",
                    { method: "post", action: `${basePath}/resend` },
                    h("input", { type: "hidden", name: "id", value: d.id }),
                    h("button", { type: "submit", className: "small", "aria-label": `Resend webhook ${d.rrn} ${d.event}` }, "Resend"),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}
