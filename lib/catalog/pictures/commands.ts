import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import type { StaffActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { fieldErrorsOf } from "@/lib/orders/fulfilment-input";
import { detailsOf, pictureMoveSchema, pictureRemoveSchema, pictureUpdateSchema } from "./input";
import { moveProductPicture, removeProductPicture, updateProductPicture, type PictureResult } from "./store";

const signIn: ActionState = { status: "error", message: "Sign in as staff to change pictures; nothing was changed." };

function answer(result: PictureResult, productId: number, done: string): ActionState {
  if ("image" in result) {
    revalidatePath(`/admin/products/${productId}/pictures`);
    return { status: "success", message: done };
  }
  const message =
    result.kind === "forbidden"
      ? "A read-only account cannot change pictures."
      : result.kind === "not-found"
        ? "That picture is gone (someone removed it); reload the page."
        : result.kind === "duplicate"
          ? "That picture is already on this product."
          : result.message;
  return { status: "error", message: `${message} Nothing was changed.` };
}

async function run(work: () => Promise<PictureResult>, productId: number, done: string): Promise<ActionState> {
  let result: PictureResult;
  try {
    result = await work();
  } catch (error) {
    console.error("[admin] picture change failed", error);
    return { status: "error", message: "Something went wrong; nothing was changed." };
  }
  return answer(result, productId, done);
}

export async function updatePictureFor(actor: StaffActor | undefined, formData: FormData): Promise<ActionState> {
  if (!actor) return signIn;
  const parsed = pictureUpdateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the fields below.", fieldErrors: fieldErrorsOf(parsed.error) };
  const { imageId, productId } = parsed.data;
  return run(async () => updateProductPicture(await getDb(), actor, { imageId, ...detailsOf(parsed.data) }), productId, "Picture saved.");
}

export async function movePictureFor(actor: StaffActor | undefined, formData: FormData): Promise<ActionState> {
  if (!actor) return signIn;
  const parsed = pictureMoveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "That is not a picture of this product." };
  const { imageId, productId, direction } = parsed.data;
  return run(async () => moveProductPicture(await getDb(), actor, { imageId, direction: direction === "up" ? -1 : 1 }), productId, "Picture moved.");
}

export async function removePictureFor(actor: StaffActor | undefined, formData: FormData): Promise<ActionState> {
  if (!actor) return signIn;
  const parsed = pictureRemoveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "That is not a picture of this product." };
  const { imageId, productId } = parsed.data;
  return run(async () => removeProductPicture(await getDb(), actor, { imageId }), productId, "Picture removed.");
}
