import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectPicture, maxUploadBytes, pictureRefusals, renderPicture, sniffFormat } from "./process";
import { pdfFile, photoWithGps, pngBomb, smallPng, svgFile } from "./test-pictures";

describe("what a file is, read from its bytes", () => {
  it("knows JPEG, PNG and WebP by their magic numbers, whatever the file is called", async () => {
    expect(sniffFormat(await photoWithGps(40, 30))).toBe("jpeg");
    expect(sniffFormat(await smallPng())).toBe("png");
    expect(sniffFormat(await sharp(await smallPng()).webp().toBuffer())).toBe("webp");
  });

  it("refuses an SVG, a PDF renamed .jpg and plain text, each with its own message", async () => {
    expect(await inspectPicture(svgFile)).toEqual({ kind: "refused", code: "svg", message: pictureRefusals.svg });
    expect(await inspectPicture(Buffer.concat([Buffer.from("\uFEFF  "), svgFile]))).toMatchObject({ code: "svg" });
    expect(await inspectPicture(pdfFile)).toMatchObject({ code: "pdf", message: expect.stringContaining("PDF, whatever its name says") });
    expect(await inspectPicture(Buffer.from("hello, this is not a picture"))).toMatchObject({ code: "not-a-picture" });
    expect(await inspectPicture(new Uint8Array())).toMatchObject({ code: "empty" });
  });

  it("refuses a decompression bomb from its header, before decoding a pixel", async () => {
    const bomb = pngBomb();
    expect(bomb.byteLength).toBeLessThan(10_000);
    expect(await inspectPicture(bomb)).toMatchObject({ code: "too-many-pixels" });
  });

  it("refuses a file over 10 MB without reading it as a picture", async () => {
    const big = new Uint8Array(maxUploadBytes + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await inspectPicture(big)).toMatchObject({ code: "too-large" });
  });

  it("refuses a JPEG header followed by garbage as damaged", async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect((await inspectPicture(broken)).kind).toBe("refused");
  });
});

describe("renditions", () => {
  it("AVIF and WebP at each width up to the original's, with no EXIF or GPS left", async () => {
    const photo = await photoWithGps(1600, 1200);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const inspected = await inspectPicture(photo);
    expect(inspected).toEqual({ kind: "accepted", format: "jpeg", width: 1600, height: 1200 });
    const renditions = await renderPicture(photo, { width: 1600 });
    if (!Array.isArray(renditions)) throw new Error(renditions.message);
    expect(renditions.map((r) => `${r.format}@${r.width}x${r.height}`)).toEqual([
      "avif@320x240",
      "webp@320x240",
      "avif@640x480",
      "webp@640x480",
      "avif@1200x900",
      "webp@1200x900",
    ]);
    for (const rendition of renditions) {
      const metadata = await sharp(rendition.bytes).metadata();
      expect(metadata.format).toBe(rendition.format === "avif" ? "heif" : "webp");
      expect(metadata.exif).toBeUndefined();
      expect(rendition.hash).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(renditions.map((r) => r.hash)).size).toBe(renditions.length);
  });

  it("a picture smaller than every width is kept at its own width, never enlarged", async () => {
    const renditions = await renderPicture(await smallPng(200, 150), { width: 200 });
    if (!Array.isArray(renditions)) throw new Error(renditions.message);
    expect(renditions.map((r) => r.width)).toEqual([200, 200]);
  });
});
