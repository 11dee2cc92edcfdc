import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { staffAudit } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { recordStaffAction } from "./record";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const actor: StaffActor = { id: "m-1", email: "mei@harbour.test", name: "Mei Chan", role: "staff", clientIp: "192.0.2.7" };

describe("recordStaffAction", () => {
  it("keeps who (id and a snapshot of email, name, role), what, which record, before → after and the address", async () => {
    const at = new Date("2026-03-01T02:00:00Z");
    await recordStaffAction(database.db, actor, {
      kind: "order.ship",
      record: { type: "order", id: "o-1" },
      before: { fulfilment: null },
      after: { fulfilment: "shipped", at },
      at,
    });
    const [row] = await database.db.select().from(staffAudit).where(eq(staffAudit.recordId, "o-1"));
    expect(row).toMatchObject({
      at,
      actorId: "m-1",
      actorEmail: "mei@harbour.test",
      actorName: "Mei Chan",
      actorRole: "staff",
      kind: "order.ship",
      recordType: "order",
      before: { fulfilment: null },
      after: { fulfilment: "shipped", at: at.toISOString() },
      clientIp: "192.0.2.7",
    });
  });

  it("records a stranger (a failed sign-in) by the email typed, with no id", async () => {
    await recordStaffAction(database.db, { email: "who@example.com" }, { kind: "sign_in.failure", clientIp: "198.51.100.1" });
    const [row] = await database.db.select().from(staffAudit).where(eq(staffAudit.kind, "sign_in.failure"));
    expect(row).toMatchObject({ actorId: null, actorEmail: "who@example.com", actorName: null, clientIp: "198.51.100.1", before: null, after: null });
  });

  it("commits and rolls back with the change it records: a failed transaction leaves no row", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordStaffAction(tx, actor, { kind: "order.collected", record: { type: "order", id: "rolled-back" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.select().from(staffAudit).where(eq(staffAudit.recordId, "rolled-back"))).toHaveLength(0);
  });

  it("is append-only: the database refuses to update, delete or truncate a row", async () => {
    await expect(database.db.update(staffAudit).set({ actorName: "Someone else" }).where(eq(staffAudit.recordId, "o-1"))).rejects.toThrow();
    await expect(database.db.delete(staffAudit).where(eq(staffAudit.recordId, "o-1"))).rejects.toThrow();
    await expect(database.db.execute(sql`truncate staff_audit`)).rejects.toThrow();
    expect(await database.db.select().from(staffAudit).where(eq(staffAudit.recordId, "o-1"))).toHaveLength(1);
  });
});
