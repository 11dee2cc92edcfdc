"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { getStaffActor } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { staffNamesByEmail } from "@/lib/staff/names";
import { nameOf } from "@/lib/staff/who";
import { saveCategory, type CategorySaveResult } from "./categories";
import { createProduct, deleteProduct, saveProduct, type DeleteResult, type SaveResult } from "./product-editor";

// Staff read every time in Hong Kong time, whatever the server's time zone.
const hongKong = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Hong_Kong", dateStyle: "medium", timeStyle: "medium" });

const signedOut: ActionState = {
  status: "error",
  message: "Not saved: your staff session has ended. Sign in again in another tab, then save again here; what you typed is still in the form.",
};

/** The form's text fields as a record (files, which this form has none of, are left out). */
function fieldsOf(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
}

const idOf = (raw: FormDataEntryValue | null) => (typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined);

// The member's name, as the back office's "who" columns show it (their email if they are not a member any more).
async function conflictMessage(what: string, updatedBy: string | null, updatedAt: Date): Promise<string> {
  const who = updatedBy ? nameOf(await staffNamesByEmail(await getDb(), [updatedBy]).catch(() => ({})), updatedBy) : "someone";
  return (
    `Not saved: ${who} saved this ${what} at ${hongKong.format(updatedAt)} (Hong Kong time), after you opened it. ` +
    `What you typed is still here: open the ${what} in a new tab to see their changes, then make yours there.`
  );
}

async function describe(result: SaveResult | CategorySaveResult | DeleteResult, what: "product" | "category"): Promise<ActionState> {
  switch (result.kind) {
    case "invalid":
      return { status: "error", message: "Not saved: check the fields marked below.", fieldErrors: result.fieldErrors };
    case "conflict":
      return { status: "error", message: await conflictMessage(what, result.updatedBy, result.updatedAt) };
    case "not-found":
      return { status: "error", message: `Not saved: this ${what} no longer exists.` };
    case "refused":
      return { status: "error", message: result.message };
    default:
      return { status: "success", message: "Saved." };
  }
}

/**
 * The product editor's Save. The actor is resolved here, once, and the
 * catalog module checks it again where the data is touched; without a
 * session nothing is read or written. After a save the page reloads with
 * the new version (a redirect, outside any try).
 */
export async function saveProductAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getStaffActor();
  if (!actor) return signedOut;
  const productId = idOf(formData.get("productId"));
  const version = idOf(formData.get("version"));
  let result: SaveResult;
  try {
    const db = await getDb();
    result = productId === undefined ? await createProduct(db, actor, fieldsOf(formData)) : await saveProduct(db, actor, productId, version ?? -1, fieldsOf(formData));
  } catch (error) {
    console.error("[admin] product save failed", error);
    return { status: "error", message: "Something went wrong; nothing was saved. What you typed is still here." };
  }
  if (result.kind !== "saved") return describe(result, "product");
  redirect(`/admin/products/${result.product.id}?saved=1`);
}

export async function deleteProductAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getStaffActor();
  if (!actor) return signedOut;
  const productId = idOf(formData.get("productId"));
  const version = idOf(formData.get("version"));
  if (productId === undefined || version === undefined) return { status: "error", message: "That is not a product." };
  let result: DeleteResult;
  try {
    result = await deleteProduct(await getDb(), actor, productId, version);
  } catch (error) {
    console.error("[admin] product delete failed", error);
    return { status: "error", message: "Something went wrong; nothing was deleted." };
  }
  if (result.kind !== "deleted") return describe(result, "product");
  redirect("/admin/products?deleted=1");
}

export async function saveCategoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await getStaffActor();
  if (!actor) return signedOut;
  const categoryId = idOf(formData.get("categoryId"));
  const version = idOf(formData.get("version"));
  let result: CategorySaveResult;
  try {
    const target = categoryId === undefined ? undefined : { id: categoryId, version: version ?? -1 };
    result = await saveCategory(await getDb(), actor, target, fieldsOf(formData));
  } catch (error) {
    console.error("[admin] category save failed", error);
    return { status: "error", message: "Something went wrong; nothing was saved. What you typed is still here." };
  }
  if (result.kind !== "saved") return describe(result, "category");
  redirect(`/admin/categories/${result.category.id}?saved=1`);
}
