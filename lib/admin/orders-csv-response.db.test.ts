import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { orders } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import type { StaffActor } from "@/lib/auth/actor";
import { staffAudit } from "@/lib/db/schema";
import { testActor } from "@/lib/auth/test-actors";
import { ordersCsvResponse } from "./orders-csv-response";

// Who asks is an argument: nobody, a member of staff, or a read-only member.
let actor: StaffActor | undefined;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(orders).values([
    { totalCents: 12_800, locale: "en", status: "paid", contactEmail: "pick@example.com", deliveryMethod: "pickup" },
    {
      totalCents: 15_800,
      deliveryFeeCents: 3_000,
      locale: "en",
      status: "paid",
      contactEmail: "ship@example.com",
      contactPhone: "+852 9123 4567",
      deliveryMethod: "courier",
      deliveryAddress: { name: '=HYPERLINK("http://evil.example","x")', line1: "1 Road", district: "Central", region: "hk-island" },
    },
  ]);
});
afterAll(async () => {
  await database.drop();
});
const get = (query: string, who: StaffActor | undefined = actor) => ordersCsvResponse(who, new URLSearchParams(query));

describe("the orders CSV (GET /admin/orders/export.csv)", () => {
  it("without a staff session: 401 and no order data", async () => {
    const response = await get("view=all", undefined);
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body).not.toContain("@example.com");
    expect(response.headers.get("content-type")).not.toContain("text/csv");
  });

  it("for a read-only member: 403 and no order data, the same answer however it is asked", async () => {
    const response = await get("view=all", testActor("read_only"));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/Your role does not allow this/);
  });

  it("for staff: an attachment of the filtered orders, formulas neutralised", async () => {
    actor = testActor("staff");
    const response = await get("view=all&delivery=courier");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parse(new TextDecoder().decode(bytes)) as string[][];
    expect(records).toHaveLength(1);
    const at = (name: string) => records[0]![header!.indexOf(name)];
    expect(at("Email")).toBe("ship@example.com");
    expect(at("Recipient")).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(at("Phone")).toBe("'+852 9123 4567");
  });

  it("drops a garbage filter value instead of failing", async () => {
    actor = testActor("staff");
    const response = await get("view=all&delivery=drone&from=never");
    expect(response.status).toBe(200);
    expect(parse(new TextDecoder().decode(await response.arrayBuffer()))).toHaveLength(3);
  });
});

describe("GET /admin/orders/export.csv at size", () => {
  it("streams every matching order, past the old 500 cap, newest first, each once", async () => {
    actor = testActor("staff");
    // 1,200 more orders, a second apart, all paid by pick-up: three batches of 500 and a rest.
    await database.db.execute(
      sql`insert into orders (total_cents, locale, status, contact_email, delivery_method, created_at)
          select 1000, 'en', 'paid', 'bulk' || n || '@example.com', 'pickup', now() - make_interval(secs => n)
          from generate_series(1, 1200) as n`,
    );
    const response = await get("view=all&delivery=pickup");
    expect(response.status).toBe(200);
    const [header, ...records] = parse(new TextDecoder().decode(await response.arrayBuffer())) as string[][];
    const ids = records.map((record) => record[header!.indexOf("Order id")]);
    expect(records).toHaveLength(1201);
    expect(new Set(ids).size).toBe(1201);
    const emails = records.map((record) => record[header!.indexOf("Email")]);
    // Newest first: bulk1 (a second ago) before bulk2, and the last is the oldest.
    expect(emails.indexOf("bulk1@example.com")).toBeLessThan(emails.indexOf("bulk2@example.com"));
    expect(emails.at(-1)).toBe("bulk1200@example.com");
  });
});

describe("the orders CSV's audit row", () => {
  it("says who downloaded which filter", async () => {
    const rows = await database.db.select().from(staffAudit);
    const exports = rows.filter((row) => row.kind === "order.csv_export");
    expect(exports.length).toBeGreaterThan(0);
    expect(exports[0]).toMatchObject({ actorEmail: "staff@harbour.test", actorRole: "staff" });
  });
});
