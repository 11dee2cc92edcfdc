import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, orders } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { applyPaymentStatus } from "@/lib/payments/state-writer";
import { createOrderWithAttempt } from "@/lib/payments/test-support";
import { claimDueMail, enqueueFulfilmentNotice, enqueueOrderConfirmation, listOrderMail, markMailFailed, markMailSent } from "./outbox";
import { startTestSmtpServer } from "./test-smtp";
import { createSmtpSender } from "./transport";
import { deliverDueMail, mailLeaseMs } from "./worker";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function orderWithContact(locale = "en", email = "shopper@example.com") {
  const { order } = await createOrderWithAttempt(database.db);
  await database.db
    .update(orders)
    .set({
      locale,
      contactEmail: email,
      deliveryMethod: "courier",
      deliveryAddress: { name: "Chan Tai Man", line1: "18 Harbour Road", district: "Wan Chai", region: "hk-island" },
      deliveryFeeCents: 3_000,
      totalCents: order.totalCents + 3_000,
    })
    .where(eq(orders.id, order.id));
  return order.id;
}

const sender = (url: string) => createSmtpSender({ smtpUrl: url, from: "Harbour Goods <shop@harbour.test>", appUrl: "http://localhost:3000" });

async function clearOutbox() {
  await database.db.delete(mailOutbox);
}

describe("the outbox", () => {
  it("asking for the same confirmation twice writes it once", async () => {
    const orderId = await orderWithContact();
    expect(await enqueueOrderConfirmation(database.db, orderId)).toBe(true);
    expect(await enqueueOrderConfirmation(database.db, orderId)).toBe(false);
    expect(await listOrderMail(database.db, orderId)).toHaveLength(1);
  });

  it("a confirmation lists the items, the delivery fee and the total, as HTML and text, in the shopper's language", async () => {
    const orderId = await orderWithContact("zh-HK");
    await enqueueOrderConfirmation(database.db, orderId);
    const [mail] = await listOrderMail(database.db, orderId);
    expect(mail!.subject).toContain("已付款");
    expect(mail!.text).toContain("運費: HK$30.00");
    expect(mail!.text).toMatch(/總計: HK\$[0-9,]+\.00/);
    expect(mail!.html).toContain("<table");
    expect(mail!.html).toContain("HK$30.00");
  });

  it("an order without a contact email gets no mail", async () => {
    const { order } = await createOrderWithAttempt(database.db);
    expect(await enqueueOrderConfirmation(database.db, order.id)).toBe(false);
  });

  it("escapes what the shopper typed in the HTML", async () => {
    const orderId = await orderWithContact();
    await database.db
      .update(orders)
      .set({ deliveryAddress: { name: "<script>x</script>", line1: "1 Road", district: "Central", region: "hk-island" } })
      .where(eq(orders.id, orderId));
    await enqueueFulfilmentNotice(database.db, orderId, { kind: "shipped", carrier: "SF Express", tracking: "SF123" });
    const [mail] = await listOrderMail(database.db, orderId);
    expect(mail!.html).not.toContain("<script>");
    expect(mail!.html).toContain("&lt;script&gt;");
    expect(mail!.text).toContain("SF123");
  });
});

describe("the outbox worker against a real SMTP server", () => {
  it("two workers at once send each message exactly once, and mark it sent", async () => {
    await clearOutbox();
    const smtp = await startTestSmtpServer();
    try {
      const ids = [await orderWithContact(), await orderWithContact("en", "second@example.com")];
      for (const id of ids) await enqueueOrderConfirmation(database.db, id);
      const send = sender(smtp.url);
      const [a, b] = await Promise.all([deliverDueMail(database.db, send), deliverDueMail(database.db, send)]);
      expect(a + b).toBe(2);
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["second@example.com", "shopper@example.com"]);
      expect(smtp.received[0]!.raw).toContain("multipart/alternative");
      expect(smtp.received[0]!.raw).toContain("text/html");
      // A later pass finds nothing left to send.
      expect(await deliverDueMail(database.db, send)).toBe(0);
      expect(smtp.received).toHaveLength(2);
      const rows = await database.db.select().from(mailOutbox);
      expect(rows.every((row) => row.sentAt !== null)).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it("a refusing mail server loses nothing: the message waits and goes out on a later pass", async () => {
    await clearOutbox();
    let refuse = true;
    const smtp = await startTestSmtpServer({ refuse: () => refuse });
    try {
      const orderId = await orderWithContact();
      await enqueueOrderConfirmation(database.db, orderId);
      let clock = new Date("2026-11-26T00:00:00Z");
      const now = () => clock;
      await database.db.update(mailOutbox).set({ nextAttemptAt: clock });
      expect(await deliverDueMail(database.db, sender(smtp.url), now)).toBe(0);
      const [waiting] = await listOrderMail(database.db, orderId);
      expect(waiting!.sentAt).toBeNull();
      expect(waiting!.lastError).toMatch(/451/);
      expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(clock.getTime());
      refuse = false;
      expect(await deliverDueMail(database.db, sender(smtp.url), now)).toBe(0);
      clock = new Date(clock.getTime() + 60_000);
      expect(await deliverDueMail(database.db, sender(smtp.url), now)).toBe(1);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("a worker that dies holding a lease blocks the row only until the lease runs out", async () => {
    await clearOutbox();
    const smtp = await startTestSmtpServer();
    try {
      const orderId = await orderWithContact();
      await enqueueOrderConfirmation(database.db, orderId);
      const start = new Date(Date.now() + 1_000);
      // The first worker claims and "dies" without sending.
      expect(await claimDueMail(database.db, { now: start, leaseMs: mailLeaseMs, limit: 10 })).toHaveLength(1);
      expect(await deliverDueMail(database.db, sender(smtp.url), () => new Date(start.getTime() + 1_000))).toBe(0);
      expect(smtp.received).toHaveLength(0);
      expect(await deliverDueMail(database.db, sender(smtp.url), () => new Date(start.getTime() + mailLeaseMs + 1))).toBe(1);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("a worker whose lease ran out and was taken over cannot mark the row sent or failed: only the new holder can", async () => {
    await clearOutbox();
    const orderId = await orderWithContact();
    await enqueueOrderConfirmation(database.db, orderId);
    const start = new Date(Date.now() + 1_000);
    const [stale] = await claimDueMail(database.db, { now: start, leaseMs: mailLeaseMs, limit: 10 });
    const [holder] = await claimDueMail(database.db, { now: new Date(start.getTime() + mailLeaseMs + 1), leaseMs: mailLeaseMs, limit: 10 });
    expect(holder!.id).toBe(stale!.id);
    expect(holder!.leaseToken).not.toBe(stale!.leaseToken);
    expect(await markMailSent(database.db, stale!, new Date())).toBe(false);
    await markMailFailed(database.db, stale!, "late", new Date());
    expect(await markMailSent(database.db, holder!, new Date())).toBe(true);
    const [row] = await listOrderMail(database.db, orderId);
    expect(row!.sentAt).not.toBeNull();
    expect(row!.lastError).toBeNull();
    expect(row!.attempts).toBe(2);
  });
});

describe("the confirmation and the paid order are one fact", () => {
  it("50 duplicate successes for one payment write exactly one confirmation", async () => {
    const { payment, order } = await createOrderWithAttempt(database.db);
    await database.db.update(orders).set({ contactEmail: "race@example.com" }).where(eq(orders.id, order.id));
    await recordSaleAccepted(database.db, payment, { paymentUrl: "http://pms.test/p", answer: {} });
    await Promise.all(
      Array.from({ length: 50 }, () => applyPaymentStatus(database.db, { paymentId: payment.id, to: "succeeded", source: "webhook" })),
    );
    const mail = await listOrderMail(database.db, order.id);
    expect(mail.map((m) => m.kind)).toEqual(["order_confirmation"]);
    expect(mail[0]!.toAddress).toBe("race@example.com");
  });

  it("an order that does not become paid gets no confirmation", async () => {
    const { payment, order } = await createOrderWithAttempt(database.db);
    await database.db.update(orders).set({ contactEmail: "declined@example.com" }).where(eq(orders.id, order.id));
    await recordSaleAccepted(database.db, payment, { paymentUrl: "http://pms.test/p", answer: {} });
    await applyPaymentStatus(database.db, { paymentId: payment.id, to: "failed", source: "webhook" });
    expect(await listOrderMail(database.db, order.id)).toHaveLength(0);
  });
});
