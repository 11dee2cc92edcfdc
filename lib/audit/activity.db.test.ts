import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testActor } from "@/lib/auth/test-actors";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { listActivity, listActivityPeople, parseActivityFilter } from "./activity";
import { recordStaffAction } from "./record";

let database: TestDatabase;
const owner = testActor("owner", { email: "boss@harbour.test", name: "Boss Wong" });
const mei = testActor("staff", { id: "00000000-0000-4000-8000-000000000002", email: "mei@harbour.test", name: "Mei Chan" });

beforeAll(async () => {
  database = await createTestDatabase();
  // Hong Kong is UTC+8: 2026-05-01 HKT runs from 2026-04-30T16:00Z.
  for (let i = 0; i < 7; i++) {
    await recordStaffAction(database.db, mei, { kind: "order.ship", record: { type: "order", id: `o-${i}` }, at: new Date(Date.UTC(2026, 3, 30, 16 + i)) });
  }
  await recordStaffAction(database.db, owner, { kind: "staff.invite", at: new Date("2026-05-02T01:00:00Z") });
  await recordStaffAction(database.db, { email: "who@example.com" }, { kind: "sign_in.failure", at: new Date("2026-05-02T02:00:00Z") });
});
afterAll(() => database.drop());

describe("the activity log", () => {
  it("is for owners: anyone else is refused, the same way however they ask", async () => {
    expect(await listActivity(mei, {})).toEqual({ kind: "forbidden" });
    expect(await listActivity(testActor("read_only"), {})).toEqual({ kind: "forbidden" });
    expect(await listActivityPeople(mei)).toEqual([]);
  });

  it("lists newest first and pages by id, each row once", async () => {
    const first = await listActivity(owner, {}, undefined, 4);
    if (first.kind !== "ok") throw new Error(first.kind);
    expect(first.rows.map((row) => row.kind)).toEqual(["sign_in.failure", "staff.invite", "order.ship", "order.ship"]);
    const second = await listActivity(owner, {}, first.older, 4);
    if (second.kind !== "ok") throw new Error(second.kind);
    const third = await listActivity(owner, {}, second.older, 4);
    if (third.kind !== "ok") throw new Error(third.kind);
    expect(third.older).toBeUndefined();
    const ids = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(9);
  });

  it("filters by person, kind and Hong Kong date", async () => {
    const byMei = await listActivity(owner, { person: "mei@harbour.test" });
    expect(byMei.kind === "ok" && byMei.rows).toHaveLength(7);
    const invites = await listActivity(owner, { kind: "staff.invite" });
    expect(invites.kind === "ok" && invites.rows.map((row) => row.actorName)).toEqual(["Boss Wong"]);
    const mayFirst = await listActivity(owner, { from: "2026-05-01", to: "2026-05-01", kind: "order.ship" });
    expect(mayFirst.kind === "ok" && mayFirst.rows).toHaveLength(7);
    const aprilThirtieth = await listActivity(owner, { from: "2026-04-30", to: "2026-04-30" });
    expect(aprilThirtieth.kind === "ok" && aprilThirtieth.rows).toHaveLength(0);
    expect(await listActivityPeople(owner)).toEqual(["boss@harbour.test", "mei@harbour.test"]);
  });

  it("reports and drops filter values it cannot use", () => {
    const problems: string[] = [];
    const parsed = parseActivityFilter({ kind: "drop tables", from: "yesterday", person: " Mei@Harbour.test ", before: "x" }, problems);
    expect(parsed).toEqual({ filter: { person: "mei@harbour.test" } });
    expect(problems).toHaveLength(3);
  });
});
