import "server-only";
import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { recordStaffAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { productVariants } from "@/lib/db/schema";
import { fieldErrorsOf } from "@/lib/orders/fulfilment-input";
import { adjustStock, findVariantBySku, setShopLowStockThreshold } from "./stock-ledger";
import { can } from "@/lib/auth/permissions";

const signIn: ActionState = { status: "error", message: "Sign in as staff to change stock; nothing was changed." };
const whole = (message: string) => z.coerce.number({ error: message }).int({ error: message });

const adjustSchema = z.object({
  sku: z.string().trim().min(1, { error: "Enter the SKU." }).max(64),
  kind: z.enum(["received", "correction", "restocked"], { error: "Choose what happened." }),
  mode: z.enum(["add", "set"]).default("add"),
  quantity: whole("A whole number."),
  reason: z.string().trim().min(1, { error: "Say why the stock changes." }).max(500, { error: "At most 500 characters." }),
});

/** Goods received, put back, or counted: one ledger row, the shelf with it. */
export async function adjustStockFor(actor: StaffActor | undefined, formData: FormData): Promise<ActionState> {
  if (!actor) return signIn;
  const parsed = adjustSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error) };
  const { sku, kind, mode, quantity, reason } = parsed.data;
  try {
    const db = await getDb();
    const variant = await findVariantBySku(db, sku);
    if (!variant) return { status: "error", message: "No variant has that SKU; nothing was changed.", fieldErrors: { sku: ["No variant has that SKU."] } };
    const change = mode === "set" ? { setTo: quantity } : { delta: quantity };
    const result = await db.transaction((tx) => adjustStock(tx, actor, { variantId: variant.id, kind, reason, ...change }));
    if (result.kind === "refused") return { status: "error", message: `${result.message} Nothing was changed.` };
    revalidatePath("/admin/stock");
    const [movement] = result.movements;
    if (!movement) return { status: "success", message: `${sku} already holds ${quantity}; nothing to record.` };
    return { status: "success", message: `${sku}: ${movement.delta > 0 ? "+" : ""}${movement.delta}, now ${movement.stockAfter} on the shelf.` };
  } catch (error) {
    console.error("[admin] stock change failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
}

const thresholdSchema = z.object({
  sku: z.string().trim().max(64).default(""),
  threshold: z.union([z.literal(""), whole("A whole number, 0 or more.").min(0, { error: "A whole number, 0 or more." }).max(1_000_000)]),
});

/** The low-stock line: shop-wide without a SKU, else that variant's own ("" returns it to the shop's). */
export async function setLowStockThresholdFor(actor: StaffActor | undefined, formData: FormData): Promise<ActionState> {
  if (!actor) return signIn;
  const parsed = thresholdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error) };
  const { sku, threshold } = parsed.data;
  if (!can(actor, "catalog.edit")) return { status: "error", message: "A read-only account cannot change settings." };
  try {
    const db = await getDb();
    if (!sku) {
      if (threshold === "") return { status: "error", message: "Enter the shop-wide threshold.", fieldErrors: { threshold: ["Enter a number."] } };
      const result = await db.transaction((tx) => setShopLowStockThreshold(tx, actor, threshold));
      if (result.kind === "refused") return { status: "error", message: result.message };
    } else {
      const variant = await findVariantBySku(db, sku);
      if (!variant) return { status: "error", message: "No variant has that SKU; nothing was changed.", fieldErrors: { sku: ["No variant has that SKU."] } };
      const own = threshold === "" ? null : threshold;
      await db.transaction(async (tx) => {
        await tx.update(productVariants).set({ lowStockThreshold: own }).where(eq(productVariants.id, variant.id));
        await recordStaffAction(tx, actor, { kind: "catalog.update", record: { type: "variant", id: String(variant.id) }, before: { lowStockThreshold: variant.lowStockThreshold }, after: { lowStockThreshold: own } });
      });
    }
  } catch (error) {
    console.error("[admin] threshold change failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
  revalidatePath("/admin/stock");
  return { status: "success", message: sku ? `Low-stock threshold of ${sku} saved.` : "Shop-wide low-stock threshold saved." };
}
