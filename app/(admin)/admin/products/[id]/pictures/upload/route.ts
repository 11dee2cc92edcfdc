import { getStaffActor } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { detailsOf, pictureDetailsSchema } from "@/lib/catalog/pictures/input";
import { maxUploadBytes } from "@/lib/catalog/pictures/process";
import { addProductPicture } from "@/lib/catalog/pictures/store";
import type { UploadNotice } from "@/lib/catalog/pictures/upload-notices";

// The file plus the form's few fields; anything longer is refused before it is parsed.
const maxBodyBytes = maxUploadBytes + 64 * 1024;

/**
 * A picture upload: a multipart form post, answered by a redirect to the
 * pictures page with what happened. A route handler rather than a server
 * action, so the 10 MB limit is this route's alone (server actions keep
 * Next's 1 MB). Staff only, checked before the body is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const productId = Number((await params).id);
  if (!Number.isSafeInteger(productId) || productId <= 0) return new Response("No such product.\n", { status: 404 });
  const back = (notice: UploadNotice) => redirectTo(`/admin/products/${productId}/pictures?notice=${notice}`);
  const actor = await getStaffActor();
  if (!actor) return new Response("Sign in as staff to upload pictures.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return back("too-large");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("bad-form");
  }
  const file = form.get("picture");
  if (!(file instanceof File) || file.size === 0) return back("empty");
  if (file.size > maxUploadBytes) return back("too-large");
  const details = pictureDetailsSchema.safeParse(Object.fromEntries([...form].filter(([, value]) => typeof value === "string")));
  if (!details.success) return back("no-alt");
  try {
    const result = await addProductPicture(await getDb(), actor, { productId, file: new Uint8Array(await file.arrayBuffer()), ...detailsOf(details.data) });
    if (result.kind === "refused") return back(result.code);
    if (result.kind === "invalid") return back(result.message.startsWith("That variant") ? "bad-variant" : "no-alt");
    if (result.kind === "forbidden") return back("read-only");
    if (result.kind === "not-found") return new Response("No such product.\n", { status: 404 });
    return back(result.kind === "duplicate" ? "duplicate" : "added");
  } catch (error) {
    console.error("[admin] picture upload failed", error);
    return back("failed");
  }
}

// 303: the browser follows with a GET, so a reload does not post the file again. A path: our own origin, whatever proxy is in front.
function redirectTo(path: string) {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
