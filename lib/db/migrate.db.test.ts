import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateSandbox } from "@pms-kit/sandbox";
import { migrationsFolder } from "./migration-status";
import { createTestDatabase, type TestDatabase } from "./test-database";

// A shop that ran the sandbox before it became a package kept its rows in public.pms_* (drizzle/0002).
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await database.drop();
});

const rowsOf = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];

describe("the sandbox's tables move to its package", () => {
  it("carries the shop's earlier sandbox rows over into pms_sandbox", async () => {
    const old = fs.readFileSync(path.join(migrationsFolder, "0002_pms_sandbox.sql"), "utf8");
    for (const statement of old.split("--> statement-breakpoint")) await database.db.execute(sql.raw(statement));
    await database.db.execute(sql`insert into pms_transactions (rrn, token, type, store_code, till_id, salesman, tx_date_time, amt, ccy, lang, request, status, expires_at)
      values ('r1', 'tok-1', 'VMPAY', 'ST01', '01', '9999', '2021-06-11T16:18:30+0800', 12850, 'HKD', 'en', '{}', '01', now())`);
    await database.db.execute(sql`insert into pms_settings (key, value) values ('paymentTimeoutMs', '42000')`);

    await migrateSandbox(database.db);

    expect(rowsOf(await database.db.execute(sql`select rrn, amt, status from pms_sandbox.transactions`))).toEqual([{ rrn: "r1", amt: 12850, status: "01" }]);
    expect(rowsOf(await database.db.execute(sql`select key from pms_sandbox.settings`))).toEqual([{ key: "paymentTimeoutMs" }]);
  });
});
