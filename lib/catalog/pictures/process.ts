import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import type { ImageFormat } from "@/lib/db/schema";

/**
 * Reads what an uploaded file really is from its bytes (never its name or
 * the browser's type) and turns an accepted picture into the renditions the
 * shop serves. Results as values: a refusal says why in staff's words.
 */
export const maxUploadBytes = 10 * 1024 * 1024;
/** 40 megapixels: more than any camera staff use; a small file claiming more is a decompression bomb. */
export const maxPixels = 40_000_000;
/** The widths the shop asks for (srcset): a phone, a tablet or 2x phone, a 2x desktop column. */
export const renditionWidths = [320, 640, 1200] as const;

export type AcceptedFormat = "jpeg" | "png" | "webp";
export type PictureRefusal = { kind: "refused"; code: PictureRefusalCode; message: string };
export type PictureRefusalCode = "empty" | "too-large" | "svg" | "pdf" | "not-a-picture" | "too-many-pixels" | "unreadable";

export const pictureRefusals: Record<PictureRefusalCode, string> = {
  empty: "Choose a picture to upload.",
  "too-large": "That file is over 10 MB. Upload a JPEG, PNG or WebP of at most 10 MB.",
  svg: "That file is an SVG drawing, which may carry scripts. Upload a JPEG, PNG or WebP.",
  pdf: "That file is a PDF, whatever its name says. Upload a JPEG, PNG or WebP.",
  "not-a-picture": "That file is not a JPEG, PNG or WebP picture, whatever its name says.",
  "too-many-pixels": "That picture has more than 40 megapixels (or claims to: a decompression bomb). Upload a smaller one.",
  unreadable: "That picture is damaged and cannot be read. Export it again and upload the new file.",
};

const refuse = (code: PictureRefusalCode): PictureRefusal => ({ kind: "refused", code, message: pictureRefusals[code] });

/** The file's format from its first bytes: the magic numbers of the three formats we take, and the two we name when refusing. */
export function sniffFormat(bytes: Uint8Array): AcceptedFormat | "svg" | "pdf" | undefined {
  const starts = (...values: number[]) => values.every((value, index) => bytes[index] === value);
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString("latin1");
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(0, 5) === "%PDF-") return "pdf";
  // An SVG is text: <svg or <?xml near the start, after an optional BOM and white space.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || head.startsWith("<!doctype svg")) return "svg";
  return undefined;
}

export type InspectedPicture = { kind: "accepted"; format: AcceptedFormat; width: number; height: number };

/** Checks size, type and pixel count before anything is decoded. */
export async function inspectPicture(bytes: Uint8Array): Promise<InspectedPicture | PictureRefusal> {
  if (bytes.byteLength === 0) return refuse("empty");
  if (bytes.byteLength > maxUploadBytes) return refuse("too-large");
  const sniffed = sniffFormat(bytes);
  if (sniffed === "svg" || sniffed === "pdf") return refuse(sniffed);
  if (!sniffed) return refuse("not-a-picture");
  let metadata: Metadata;
  try {
    // Reads the header only: a bomb's claimed size shows here, before any pixel is decoded.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refuse("unreadable");
  }
  if (metadata.format !== sniffed) return refuse("not-a-picture");
  const { width, height } = metadata;
  if (!width || !height) return refuse("unreadable");
  if (width * height > maxPixels) return refuse("too-many-pixels");
  return { kind: "accepted", format: sniffed, width, height };
}

export type Rendition = { hash: string; format: ImageFormat; width: number; height: number; bytes: Uint8Array };

/**
 * Every width up to the original's (at least the smallest), in AVIF and
 * WebP. sharp writes no metadata unless asked: EXIF (GPS among it), XMP and
 * ICC are dropped; the EXIF orientation is applied first so nothing turns
 * sideways. A file that fails to decode half-way is refused, not stored.
 */
export async function renderPicture(bytes: Uint8Array, original: { width: number }): Promise<Rendition[] | PictureRefusal> {
  const widths: number[] = renditionWidths.filter((width) => width <= original.width);
  if (widths.length === 0) widths.push(original.width);
  try {
    const source = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" }).rotate();
    const renditions: Rendition[] = [];
    for (const width of widths) {
      const resized = source.clone().resize({ width, withoutEnlargement: true });
      for (const format of ["avif", "webp"] as const) {
        const encoded = format === "avif" ? resized.clone().avif({ quality: 55, effort: 2 }) : resized.clone().webp({ quality: 80 });
        const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
        renditions.push({ hash: contentHash(data), format, width: info.width, height: info.height, bytes: new Uint8Array(data) });
      }
    }
    return renditions;
  } catch {
    return refuse("unreadable");
  }
}

/** 128 bits of SHA-256, hex: names a file by its content, so its URL can be cached for ever. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}
