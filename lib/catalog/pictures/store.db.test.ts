import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { productImageFiles, productImages, products, productVariants, staffAudit } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { pdfFile, photoWithGps, pngBomb, smallPng, svgFile } from "./test-pictures";

// Who acts is an argument (the actions resolve it and pass it in); only Next's cache is stood in for.
const session = { actor: undefined as StaffActor | undefined };
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { addProductPicture, getPictureFile, listPicturesOf, moveProductPicture, removeProductPicture } = await import("./store");
const commands = await import("./commands");
const updatePictureAction = (_prev: unknown, formData: FormData) => commands.updatePictureFor(session.actor, formData);
const movePictureAction = (_prev: unknown, formData: FormData) => commands.movePictureFor(session.actor, formData);
const removePictureAction = (_prev: unknown, formData: FormData) => commands.removePictureFor(session.actor, formData);

let database: TestDatabase;
const staff: StaffActor = { id: "staff", email: "staff@harbour.test", name: "Staff", role: "owner" };
const alt = { en: "A sand-coloured bucket hat", "zh-HK": "沙色漁夫帽", "zh-CN": "沙色渔夫帽" };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

async function product(slug: string) {
  const [row] = await database.db.select().from(products).where(eq(products.slug, slug));
  return row!;
}

async function pictureCount() {
  const [images] = await database.db.select({ n: count() }).from(productImages);
  const [files] = await database.db.select({ n: count() }).from(productImageFiles);
  return { images: images!.n, files: files!.n };
}

describe("uploading a picture", () => {
  it("stores the picture, its AVIF and WebP renditions and an audit row; the shop reads their URLs", async () => {
    const hat = await product("bucket-hat");
    const [sand] = await database.db.select().from(productVariants).where(eq(productVariants.sku, "bucket-hat-sand"));
    const result = await addProductPicture(database.db, staff, { productId: hat.id, file: await photoWithGps(), alt, variantId: sand!.id });
    expect(result.kind).toBe("added");
    const [picture] = await listPicturesOf(database.db, [hat.id]);
    expect(picture).toMatchObject({ variantId: sand!.id, alt, width: 1600, height: 1200, position: 0 });
    expect(picture!.sources.map((source) => `${source.format}:${source.width}`).sort()).toEqual(
      ["avif:1200", "avif:320", "avif:640", "webp:1200", "webp:320", "webp:640"],
    );
    const url = picture!.sources[0]!.url;
    const [, hash, format] = /^\/media\/([0-9a-f]{32})\.(avif|webp)$/.exec(url)!;
    const file = await getPictureFile(database.db, hash!);
    expect(file?.format).toBe(format);
    expect(file!.bytes.byteLength).toBeGreaterThan(0);
    const [audit] = await database.db.select().from(staffAudit).where(eq(staffAudit.recordType, "product_image"));
    expect(audit).toMatchObject({ kind: "catalog.create", actorEmail: staff.email });
  });

  it("refuses an SVG, a PDF named .jpg and a decompression bomb, and stores nothing", async () => {
    const tea = await product("jasmine-tea");
    const before = await pictureCount();
    for (const [file, code] of [
      [svgFile, "svg"],
      [pdfFile, "pdf"],
      [pngBomb(), "too-many-pixels"],
    ] as const) {
      expect(await addProductPicture(database.db, staff, { productId: tea.id, file, alt, variantId: null })).toMatchObject({ kind: "refused", code });
    }
    expect(await pictureCount()).toEqual(before);
  });

  it("refuses a variant of another product, missing English alt text and a read-only account", async () => {
    const tea = await product("jasmine-tea");
    const [otherVariant] = await database.db.select().from(productVariants).where(eq(productVariants.sku, "bucket-hat-sand"));
    const file = await smallPng();
    const before = await pictureCount();
    expect(await addProductPicture(database.db, staff, { productId: tea.id, file, alt, variantId: otherVariant!.id })).toMatchObject({ kind: "invalid" });
    expect(await addProductPicture(database.db, staff, { productId: tea.id, file, alt: { ...alt, en: " " }, variantId: null })).toMatchObject({ kind: "invalid" });
    expect(await addProductPicture(database.db, { ...staff, role: "read_only" }, { productId: tea.id, file, alt, variantId: null })).toEqual({ kind: "forbidden" });
    expect(await pictureCount()).toEqual(before);
  });

  it("the same file twice on one product is one picture", async () => {
    const tea = await product("jasmine-tea");
    const file = await smallPng(300, 300, { r: 1, g: 2, b: 3 });
    expect((await addProductPicture(database.db, staff, { productId: tea.id, file, alt, variantId: null })).kind).toBe("added");
    expect(await addProductPicture(database.db, staff, { productId: tea.id, file, alt, variantId: null })).toEqual({ kind: "duplicate" });
  });

  it("pictures keep their order; moving swaps neighbours and removing takes the renditions too", async () => {
    const tea = await product("jasmine-tea");
    await addProductPicture(database.db, staff, { productId: tea.id, file: await smallPng(300, 300, { r: 9, g: 9, b: 9 }), alt, variantId: null });
    const [first, second] = await listPicturesOf(database.db, [tea.id]);
    await moveProductPicture(database.db, staff, { imageId: second!.id, direction: -1 });
    expect((await listPicturesOf(database.db, [tea.id])).map((picture) => picture.id)).toEqual([second!.id, first!.id]);
    await removeProductPicture(database.db, staff, { imageId: second!.id });
    expect((await listPicturesOf(database.db, [tea.id])).map((picture) => picture.id)).toEqual([first!.id]);
    const left = await database.db.select().from(productImageFiles).where(eq(productImageFiles.imageId, second!.id));
    expect(left).toHaveLength(0);
  });
});

describe("the picture actions, called directly", () => {
  it("refuse a call without a staff session and change nothing", async () => {
    session.actor = undefined;
    const [picture] = await database.db.select().from(productImages).limit(1);
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({ imageId: String(picture!.id), productId: String(picture!.productId), ...fields })) data.set(name, value);
      return data;
    };
    const idle = { status: "idle" } as const;
    for (const result of [
      await updatePictureAction(idle, form({ altEn: "Changed", altZhHK: "", altZhCN: "", variantId: "" })),
      await movePictureAction(idle, form({ direction: "down" })),
      await removePictureAction(idle, form({})),
    ]) {
      expect(result).toEqual({ status: "error", message: "Sign in as staff to change pictures; nothing was changed." });
    }
    const [after] = await database.db.select().from(productImages).where(eq(productImages.id, picture!.id));
    expect(after).toEqual(picture);
  });

  it("with a session, save the alt text", async () => {
    session.actor = staff;
    const [picture] = await database.db.select().from(productImages).limit(1);
    const data = new FormData();
    for (const [name, value] of Object.entries({ imageId: String(picture!.id), productId: String(picture!.productId), altEn: "New words", altZhHK: "新", altZhCN: "", variantId: "" })) data.set(name, value);
    expect(await updatePictureAction({ status: "idle" }, data)).toEqual({ status: "success", message: "Picture saved." });
    const [after] = await database.db.select().from(productImages).where(eq(productImages.id, picture!.id));
    expect(after!.alt).toEqual({ en: "New words", "zh-HK": "新", "zh-CN": "" });
  });
});
