import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { catalogImports, inventorySettings, productVariants, stockMovements } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";

// Who acts is an argument (the actions resolve it and pass it in); only Next's cache is stood in for.
const session = { actor: undefined as StaffActor | undefined };
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const stockCommands = await import("./stock-commands");
const { applyImportFor } = await import("./csv/apply-command");
const { storeImport, previewImport } = await import("./csv/import");
const { catalogCsvResponse } = await import("./csv/export-response");
const adjustStockAction = (_prev: unknown, formData: FormData) => stockCommands.adjustStockFor(session.actor, formData);
const setLowStockThresholdAction = (_prev: unknown, formData: FormData) => stockCommands.setLowStockThresholdFor(session.actor, formData);
const applyImportAction = (_prev: unknown, formData: FormData) => applyImportFor(session.actor, formData);
const exportRoute = { GET: () => catalogCsvResponse(session.actor) };

let database: TestDatabase;
const staff: StaffActor = { id: "staff", email: "staff@harbour.test", name: "Staff", role: "owner" };
const idle = { status: "idle" } as const;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

async function stockOf(sku: string) {
  const [row] = await database.db.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.sku, sku));
  return row!.stock;
}

describe("catalog actions called directly without a staff session", () => {
  it("the stock change refuses and changes nothing", async () => {
    session.actor = undefined;
    const before = await stockOf("jasmine-tea");
    const result = await adjustStockAction(idle, form({ sku: "jasmine-tea", kind: "received", mode: "add", quantity: "5", reason: "x" }));
    expect(result).toEqual({ status: "error", message: "Sign in as staff to change stock; nothing was changed." });
    expect(await stockOf("jasmine-tea")).toBe(before);
    expect((await database.db.select({ n: count() }).from(stockMovements))[0]!.n).toBe(0);
  });

  it("the threshold refuses and changes nothing", async () => {
    session.actor = undefined;
    expect((await setLowStockThresholdAction(idle, form({ sku: "", threshold: "9" }))).status).toBe("error");
    expect(await database.db.select().from(inventorySettings)).toEqual([]);
  });

  it("the CSV apply refuses and changes nothing", async () => {
    session.actor = undefined;
    const content = "sku,product_slug,name_en,name_zh_hk,name_zh_cn,variant_kind,variant_en,variant_zh_hk,variant_zh_cn,category,status,price_hkd,stock\njasmine-tea,jasmine-tea,Jasmine,,,,,,,tea,published,1.00,1\n";
    const importId = await storeImport(database.db, staff, { fileName: "x.csv", content });
    const plan = await previewImport(database.db, content);
    if (plan.kind !== "plan") throw new Error(plan.message);
    const result = await applyImportAction(idle, form({ importId: String(importId), hash: plan.hash }));
    expect(result).toEqual({ status: "error", message: "Sign in as staff to import; nothing was changed." });
    const [stored] = await database.db.select().from(catalogImports).where(eq(catalogImports.id, importId));
    expect(stored!.appliedAt).toBeNull();
  });

  it("the CSV export answers 401", async () => {
    session.actor = undefined;
    const response = await exportRoute.GET();
    expect(response.status).toBe(401);
  });
});

describe("with a session", () => {
  it("staff record goods received, and a count below zero is refused with its reason", async () => {
    session.actor = staff;
    const before = await stockOf("jasmine-tea");
    expect(await adjustStockAction(idle, form({ sku: "jasmine-tea", kind: "received", mode: "add", quantity: "5", reason: "Delivery" }))).toEqual({
      status: "success",
      message: `jasmine-tea: +5, now ${before + 5} on the shelf.`,
    });
    const refused = await adjustStockAction(idle, form({ sku: "jasmine-tea", kind: "correction", mode: "add", quantity: String(-(before + 6)), reason: "Lost" }));
    expect(refused).toMatchObject({ status: "error", message: expect.stringContaining("cannot go below zero") });
    expect(await stockOf("jasmine-tea")).toBe(before + 5);
    expect(await setLowStockThresholdAction(idle, form({ sku: "", threshold: "8" }))).toMatchObject({ status: "success" });
    expect((await database.db.select().from(inventorySettings))[0]!.lowStockThreshold).toBe(8);
  });
});
