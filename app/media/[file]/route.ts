import { getDb } from "@/lib/db";
import { getPictureFile } from "@/lib/catalog/pictures/store";

const contentTypes = { avif: "image/avif", webp: "image/webp" } as const;
const fileName = /^([0-9a-f]{32})\.(avif|webp)$/;

/**
 * A product picture's rendition, from the database (docs/decisions/011).
 * The name is the hash of the bytes, so what a URL serves never changes:
 * browsers and any CDN keep it for a year without asking again.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = fileName.exec((await params).file);
  if (!match) return notFound();
  const [, hash, extension] = match as unknown as [string, string, keyof typeof contentTypes];
  let file: Awaited<ReturnType<typeof getPictureFile>>;
  try {
    file = await getPictureFile(await getDb(), hash);
  } catch (error) {
    console.error("[media] reading a picture failed", error);
    return new Response("The picture could not be read just now.\n", { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
  if (!file || file.format !== extension) return notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": contentTypes[extension],
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${hash}"`,
    },
  });
}

// A picture removed since may be uploaded again under the same hash: a 404 is never cached for long.
function notFound() {
  return new Response("No such picture.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
