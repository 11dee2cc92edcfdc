import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import type { StaffActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { applyImport, type ApplyResult } from "./import";

const applySchema = z.object({ importId: z.coerce.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{32}$/) });

/** Applies a previewed CSV file, all or nothing. Staff only, checked here. */
export async function applyImportFor(actor: StaffActor | undefined, formData: FormData): Promise<ActionState> {
  if (!actor) return { status: "error", message: "Sign in as staff to import; nothing was changed." };
  const parsed = applySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "That is not an import preview; upload the file again. Nothing was changed." };
  let result: ApplyResult;
  try {
    result = await applyImport(await getDb(), actor, parsed.data);
  } catch (error) {
    console.error("[admin] catalog import failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
  revalidatePath(`/admin/products/import/${parsed.data.importId}`);
  if (result.kind === "applied") return { status: "success", message: `Applied: ${result.created} new, ${result.changed} changed. The shop shows them from the next request.` };
  if (result.kind === "stale") return { status: "error", message: "The catalog changed since this preview. Nothing was changed; the preview below is fresh: check it and apply again." };
  return { status: "error", message: result.message };
}
