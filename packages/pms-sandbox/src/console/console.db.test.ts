import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTransactionByRrn } from "../store/transactions";
import { callSandbox, salesBody, startMerchant, createTestSandbox, type TestSandbox } from "../test-support";
import { dispatchDueWebhooks } from "../webhooks/dispatch";
import { completeFromConsole, resendFromConsole, setPaymentTimeoutFromConsole, switchFaultFromConsole } from "./commands";

let database: TestSandbox;
beforeAll(async () => {
  database = await createTestSandbox();
});
afterAll(async () => {
  await database.drop();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

async function newSale(type = "WXPAY") {
  const sale = salesBody({ type, webhookUrl: "http://127.0.0.1:9/unreachable" });
  expect((await callSandbox("sales", sale)).json.errorCode).toBe("0");
  return (await findTransactionByRrn(database.db, sale.rrn))!;
}

describe("console commands", () => {
  it("approves and refunds, and lists both notifications", async () => {
    const sale = await newSale();
    await completeFromConsole(database.db, form({ id: sale.id, outcome: "success" }));
    await completeFromConsole(database.db, form({ id: sale.id, outcome: "refund" }));
    const data = await database.sandbox.console.load();
    expect(data.transactions.find((t) => t.id === sale.id)?.status).toBe("04");
    expect(data.deliveries.filter((d) => d.rrn === sale.rrn).map((d) => d.event).sort()).toEqual(["01", "04"]);
  });

  it("refuses a forged form before touching anything", async () => {
    const sale = await newSale();
    await expect(completeFromConsole(database.db, form({ id: sale.id, outcome: "steal" }))).rejects.toThrow();
    await expect(completeFromConsole(database.db, form({ id: "not-a-uuid", outcome: "success" }))).rejects.toThrow();
    expect((await findTransactionByRrn(database.db, sale.rrn))?.status).toBe("05");
  });

  it("re-queues a finished delivery with a fresh round of attempts", async () => {
    const sale = await newSale();
    await completeFromConsole(database.db, form({ id: sale.id, outcome: "failure" }));
    const [delivery] = (await database.sandbox.console.load()).deliveries.filter((d) => d.rrn === sale.rrn);
    await resendFromConsole(database.db, form({ id: delivery!.id }));
    const [after] = (await database.sandbox.console.load()).deliveries.filter((d) => d.rrn === sale.rrn);
    expect(after).toMatchObject({ state: "pending", maxAttempts: delivery!.attempts + 5 });
  });

  it("switches faults and the payment timeout, and shows where each comes from", async () => {
    await switchFaultFromConsole(database.db, form({ name: "query-slow", mode: "on", ms: "2500" }));
    await switchFaultFromConsole(database.db, form({ name: "webhook-drop", mode: "on", ms: "" }));
    await switchFaultFromConsole(database.db, form({ name: "webhook-drop", mode: "env" }));
    await setPaymentTimeoutFromConsole(database.db, form({ seconds: "42" }));
    const data = await database.sandbox.console.load();
    expect(data.faults.find((f) => f.name === "query-slow")).toEqual({ name: "query-slow", active: true, ms: 2500, source: "console" });
    expect(data.faults.find((f) => f.name === "webhook-drop")).toMatchObject({ active: false, source: "off" });
    expect(data.timings).toMatchObject({ paymentTimeoutMs: 42_000, paymentTimeoutFromConsole: true });
    await setPaymentTimeoutFromConsole(database.db, form({ seconds: "" }));
    expect((await database.sandbox.console.load()).timings.paymentTimeoutFromConsole).toBe(false);
  });
});

describe("what the console shows", () => {
  it("shows no returnUrl token and no more of a webhook answer than its errorCode and errorMessage", async () => {
    const merchant = await startMerchant(() => ({
      status: 200,
      body: '{"errorCode":"1","errorMessage":"try later","internal":"s3cr3t-internal-answer"}',
    }));
    try {
      const sale = salesBody({ returnUrl: "http://shop.test/checkout/result?token=s3cr3t-bearer-token", webhookUrl: `${merchant.url}?key=s3cr3t-key` });
      expect((await callSandbox("sales", sale)).json.errorCode).toBe("0");
      const stored = (await findTransactionByRrn(database.db, sale.rrn))!;
      await completeFromConsole(database.db, form({ id: stored.id, outcome: "success" }));
      await dispatchDueWebhooks({ db: database.db, now: new Date(Date.now() + 60_000), faults: {}, requestTimeoutMs: 5_000 });
      expect(merchant.countFor(sale.rrn)).toBe(1);

      const data = await database.sandbox.console.load();
      expect(JSON.stringify(data)).not.toMatch(/s3cr3t/);
      const tx = data.transactions.find((t) => t.rrn === sale.rrn)!;
      expect(tx.request.returnUrl).toBe("http://shop.test/checkout/result?token=…");
      const delivery = data.deliveries.find((d) => d.rrn === sale.rrn)!;
      expect(delivery.url).toBe(`${merchant.url}?key=…`);
      expect(delivery.lastAnswer).toBe('errorCode "1", errorMessage "try later"');
      expect(delivery.attemptLog.map((a) => a.answer)).toEqual(['errorCode "1", errorMessage "try later"']);
    } finally {
      await merchant.close();
    }
  });
});

describe("the payment page's decisions", () => {
  const card = (number: string, expiry = "12/99") => ({ number, expiry, cvc: "123" });

  it("lets a test card decide a card payment", async () => {
    const approved = await newSale("VMPAY");
    expect((await database.sandbox.payments.payByCard(approved.token, card("4242 4242 4242 4242"))).payment?.status).toBe("01");
    const declined = await newSale("UNIONPAY");
    expect((await database.sandbox.payments.payByCard(declined.token, card("6200000000000013"))).payment?.status).toBe("02");
  });

  it("declines an approving card whose expiry has passed", async () => {
    const sale = await newSale("VMPAY");
    const result = await database.sandbox.payments.payByCard(sale.token, card("4242 4242 4242 4242", "01/20"));
    expect(result).toMatchObject({ decision: "expired", payment: { status: "02" } });
  });

  it("keeps the payment pending for no answer, a malformed expiry or CVC, an unknown card or the wrong scheme", async () => {
    const sale = await newSale("VMPAY");
    expect(await database.sandbox.payments.payByCard(sale.token, { number: "4242424242424242", expiry: "13/30", cvc: "123" })).toMatchObject({ decision: "invalid-expiry", payment: { status: "05" } });
    expect(await database.sandbox.payments.payByCard(sale.token, { number: "4242424242424242", expiry: "12/30", cvc: "12" })).toMatchObject({ decision: "invalid-cvc", payment: { status: "05" } });
    for (const [number, decision] of [
      ["4000 0000 0000 0119", "no-answer"],
      ["1234 5678", "unknown-card"],
      ["6200 0000 0000 0005", "wrong-brand"],
    ]) {
      const result = await database.sandbox.payments.payByCard(sale.token, card(number!));
      expect(result).toMatchObject({ decision, payment: { status: "05" } });
    }
  });

  it("lets the first outcome stand", async () => {
    const sale = await newSale();
    expect((await database.sandbox.payments.decide(sale.token, "failure"))?.status).toBe("02");
    expect((await database.sandbox.payments.decide(sale.token, "success"))?.status).toBe("02");
    expect(await database.sandbox.payments.decide("no-such-token-here-at-all", "success")).toBeUndefined();
  });
});
