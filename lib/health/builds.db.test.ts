import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { describeBuilds, noteServingBuild, servingWindowMs } from "./builds";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const now = new Date("2026-12-02T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("builds serving one database", () => {
  it("an instance of the only build sees no other, however often it asks", async () => {
    expect(await noteServingBuild(database.db, "build-a", now)).toEqual([]);
    expect(await noteServingBuild(database.db, "build-a", later(1_000))).toEqual([]);
    expect(describeBuilds("build-a", [])).toEqual({ ok: true, detail: "build build-a, the only one serving" });
  });

  it("a second build seen within five minutes is named by both, with what to do", async () => {
    expect(await noteServingBuild(database.db, "build-b", later(2_000))).toEqual(["build-a"]);
    expect(await noteServingBuild(database.db, "build-a", later(3_000))).toEqual(["build-b"]);
    const check = describeBuilds("build-a", ["build-b"]);
    expect(check.ok).toBe(false);
    expect(check.detail).toContain("build-b also served");
    expect(check.detail).toContain("Running several instances");
  });

  it("a build not seen for five minutes has stopped serving and is no longer named", async () => {
    expect(await noteServingBuild(database.db, "build-a", later(3_000 + servingWindowMs + 1))).toEqual([]);
  });
});
