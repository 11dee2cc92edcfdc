import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { decidePayment, payByCard } from "../payment/decide";
import { findTransactionByRrn } from "../store/transactions";
import { callSandbox, salesBody } from "../test-support";
import { completeFromConsole, resendFromConsole, setPaymentTimeoutFromConsole, switchFaultFromConsole } from "./commands";
import { loadConsoleData } from "./load";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
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
    const data = await loadConsoleData(database.db);
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
    const [delivery] = (await loadConsoleData(database.db)).deliveries.filter((d) => d.rrn === sale.rrn);
    await resendFromConsole(database.db, form({ id: delivery!.id }));
    const [after] = (await loadConsoleData(database.db)).deliveries.filter((d) => d.rrn === sale.rrn);
    expect(after).toMatchObject({ state: "pending", maxAttempts: delivery!.attempts + 5 });
  });

  it("switches faults and the payment timeout, and shows where each comes from", async () => {
    await switchFaultFromConsole(database.db, form({ name: "query-slow", mode: "on", ms: "2500" }));
    await switchFaultFromConsole(database.db, form({ name: "webhook-drop", mode: "on", ms: "" }));
    await switchFaultFromConsole(database.db, form({ name: "webhook-drop", mode: "env" }));
    await setPaymentTimeoutFromConsole(database.db, form({ seconds: "42" }));
    const data = await loadConsoleData(database.db);
    expect(data.faults.find((f) => f.name === "query-slow")).toEqual({ name: "query-slow", active: true, ms: 2500, source: "console" });
    expect(data.faults.find((f) => f.name === "webhook-drop")).toMatchObject({ active: false, source: "off" });
    expect(data.timings).toMatchObject({ paymentTimeoutMs: 42_000, paymentTimeoutFromConsole: true });
    await setPaymentTimeoutFromConsole(database.db, form({ seconds: "" }));
    expect((await loadConsoleData(database.db)).timings.paymentTimeoutFromConsole).toBe(false);
  });
});

describe("the payment page's decisions", () => {
  it("lets a test card decide a card payment", async () => {
    const approved = await newSale("VMPAY");
    expect((await payByCard(approved.token, "4242 4242 4242 4242")).payment?.status).toBe("01");
    const declined = await newSale("UNIONPAY");
    expect((await payByCard(declined.token, "6200000000000013")).payment?.status).toBe("02");
  });

  it("keeps the payment pending for no answer, an unknown card or the wrong scheme", async () => {
    const sale = await newSale("VMPAY");
    for (const [number, decision] of [
      ["4000 0000 0000 0119", "no-answer"],
      ["1234 5678", "unknown-card"],
      ["6200 0000 0000 0005", "wrong-brand"],
    ]) {
      const result = await payByCard(sale.token, number!);
      expect(result).toMatchObject({ decision, payment: { status: "05" } });
    }
  });

  it("lets the first outcome stand", async () => {
    const sale = await newSale();
    expect((await decidePayment(sale.token, "failure"))?.status).toBe("02");
    expect((await decidePayment(sale.token, "success"))?.status).toBe("02");
    expect(await decidePayment("no-such-token-here-at-all", "success")).toBeUndefined();
  });
});
