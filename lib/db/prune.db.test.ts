import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carts, mailOutbox, payments, rateLimits, staff, staffSessions, verificationTokens, webhookInbox } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { recordSaleAccepted } from "@/lib/payments/sales";
import { createOrderWithAttempt } from "@/lib/payments/test-support";
import { getPaymentById } from "@/lib/payments/queries";
import { pruneAll, pruners } from "./prune";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const retention = { PRUNE_CARTS_AFTER_DAYS: 30, PRUNE_WEBHOOK_INBOX_AFTER_DAYS: 30, PRUNE_SENT_MAIL_AFTER_DAYS: 90 };
const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
const mail = (key: string, values: Partial<typeof mailOutbox.$inferInsert>) =>
  database.db.insert(mailOutbox).values({ dedupeKey: key, kind: "order_confirmation", toAddress: "a@b.test", locale: "en", subject: "s", html: "<p>link</p>", text: "link", ...values });

describe("pruning", () => {
  it("deletes what is past its retention and keeps what an open payment or unsent mail needs", async () => {
    // An abandoned cart goes; an old cart an order points at stays (it is how its browser owns the order).
    const [abandoned] = await database.db.insert(carts).values({ updatedAt: longAgo }).returning();
    const created = await createOrderWithAttempt(database.db);
    if (created.kind !== "created") throw new Error("expected a new attempt");
    await database.db.update(carts).set({ updatedAt: longAgo }).where(eq(carts.id, created.cartId));
    await recordSaleAccepted(database.db, created.payment, { paymentUrl: "http://pms.test/p", answer: {} });
    const open = (await getPaymentById(database.db, created.payment.id))!;
    // Processed notifications: one of a still-open payment (kept), one with no payment (goes).
    await database.db.insert(webhookInbox).values([
      { rrn: open.rrn, paymentId: open.id, payload: {}, processedAt: longAgo, receivedAt: longAgo },
      { rrn: "999", paymentId: null, payload: {}, processedAt: longAgo, receivedAt: longAgo },
    ]);
    await mail("old-sent", { sentAt: longAgo, createdAt: longAgo });
    await mail("old-unsent", { createdAt: longAgo });
    await mail("sign-in-sent", { kind: "sign_in", sentAt: new Date(Date.now() - 60 * 60 * 1000), createdAt: new Date(Date.now() - 60 * 60 * 1000) });
    await mail("sign-in-fresh", { kind: "sign_in", sentAt: new Date(), createdAt: new Date() });
    await database.db.insert(rateLimits).values([
      { key: "gone", points: 3, expire: new Date(Date.now() - 1000) },
      { key: "kept", points: 3, expire: new Date(Date.now() + 60_000) },
    ]);
    await database.db.insert(verificationTokens).values([
      { identifier: "a@b.test", token: "expired", expires: new Date(Date.now() - 1000) },
      { identifier: "a@b.test", token: "valid", expires: new Date(Date.now() + 60_000) },
    ]);

    const counts = await pruneAll(database.db, pruners(retention), { batch: 1, maxBatches: 100 });
    expect(counts).toMatchObject({
      "abandoned carts": 1,
      "processed webhook notifications": 1,
      "expired sign-in link bodies": 1,
      "sent mail": 1,
      "expired rate-limit counters": 1,
      "expired sign-in tokens": 1,
    });
    expect(await database.db.select().from(carts).where(eq(carts.id, abandoned!.id))).toEqual([]);
    expect(await database.db.select().from(carts).where(eq(carts.id, created.cartId))).toHaveLength(1);
    expect((await database.db.select().from(webhookInbox)).map((row) => row.rrn)).toEqual([open.rrn]);
    const left = await database.db.select().from(mailOutbox).orderBy(mailOutbox.id);
    expect(left.map((row) => [row.dedupeKey, row.text])).toEqual([
      ["old-unsent", "link"],
      ["sign-in-sent", ""],
      ["sign-in-fresh", "link"],
    ]);
    expect((await database.db.select().from(rateLimits)).map((row) => row.key)).toEqual(["kept"]);
    expect((await database.db.select().from(verificationTokens)).map((row) => row.token)).toEqual(["valid"]);

    // Once the payment is final its old notification may go too; a second run finds nothing else.
    await database.db.update(payments).set({ status: "failed" }).where(eq(payments.id, open.id));
    const again = await pruneAll(database.db, pruners(retention), { batch: 500, maxBatches: 1 });
    expect(again["processed webhook notifications"]).toBe(1);
    expect(Object.values(again).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("two pruners at once take different rows, and together take them all", async () => {
    await database.db.execute(sql`insert into rate_limits (key, points, expire) select 'k' || g, 1, now() - interval '1 minute' from generate_series(1, 300) g`);
    const [a, b] = await Promise.all([
      pruneAll(database.db, pruners(retention), { batch: 50, maxBatches: 100 }),
      pruneAll(database.db, pruners(retention), { batch: 50, maxBatches: 100 }),
    ]);
    expect(a["expired rate-limit counters"]! + b["expired rate-limit counters"]!).toBe(300);
  });

  it("ended and idle staff sessions go, a live one stays; a staff invitation's words go once its 72 hours are over", async () => {
    const [member] = await database.db.insert(staff).values({ email: "prune@harbour.test", name: "Prune", role: "staff" }).returning();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    const sessions = await database.db
      .insert(staffSessions)
      .values([
        { staffId: member!.id, lastSeenAt: hoursAgo(1) },
        { staffId: member!.id, lastSeenAt: hoursAgo(1), endedAt: hoursAgo(0.5) },
        { staffId: member!.id, lastSeenAt: hoursAgo(13) },
      ])
      .returning();
    await mail("invite-old", { kind: "staff_invitation", sentAt: hoursAgo(80), createdAt: hoursAgo(80) });
    await mail("invite-new", { kind: "staff_invitation", sentAt: hoursAgo(1), createdAt: hoursAgo(1) });
    await pruneAll(database.db, pruners(retention), { batch: 50, maxBatches: 10 });
    expect((await database.db.select().from(staffSessions)).map((row) => row.id)).toEqual([sessions[0]!.id]);
    const invites = await database.db.select().from(mailOutbox).where(eq(mailOutbox.kind, "staff_invitation")).orderBy(mailOutbox.dedupeKey);
    expect(invites.map((row) => [row.dedupeKey, row.text])).toEqual([
      ["invite-new", "link"],
      ["invite-old", ""],
    ]);
  });
});
