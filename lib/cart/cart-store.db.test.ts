import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products, productVariants } from "@/lib/db/schema";
import { seedCatalog } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { addCartItem, createCart, isLineUnavailable, linesShortOfStock, loadCart, setCartItemQuantity } from "./cart-store";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedCatalog(database.db);
});
afterAll(async () => {
  await database.drop();
});

const variantOf = async (sku: string) => (await database.db.select().from(productVariants).where(eq(productVariants.sku, sku)))[0]!;
const setPrice = (id: number, priceCents: number) => database.db.update(productVariants).set({ priceCents }).where(eq(productVariants.id, id));

describe("a price staff changed while the product sat in a cart", () => {
  it("the cart charges the new price and says what it was", async () => {
    const cartId = await createCart();
    const tea = await variantOf("jasmine-tea");
    await addCartItem(cartId, tea.id, 2);
    expect((await loadCart(database.db, cartId)).lines[0]!.previousPriceCents).toBeNull();

    await setPrice(tea.id, tea.priceCents + 1000);
    const cart = await loadCart(database.db, cartId);
    expect(cart.lines[0]).toMatchObject({ previousPriceCents: tea.priceCents, lineTotalCents: (tea.priceCents + 1000) * 2 });
    expect(cart.subtotalCents).toBe((tea.priceCents + 1000) * 2);

    // Changing the line's quantity, with the new price in view, is taking note of it.
    await setCartItemQuantity(cartId, tea.id, 1);
    expect((await loadCart(database.db, cartId)).lines[0]!.previousPriceCents).toBeNull();
    await setPrice(tea.id, tea.priceCents);
  });

  it("adding the product again, from its page with the new price, is taking note of it too", async () => {
    const cartId = await createCart();
    const cup = await variantOf("milk-tea-cup");
    await addCartItem(cartId, cup.id, 1);
    await setPrice(cup.id, cup.priceCents - 100);
    expect((await loadCart(database.db, cartId)).lines[0]!.previousPriceCents).toBe(cup.priceCents);
    await addCartItem(cartId, cup.id, 1);
    expect((await loadCart(database.db, cartId)).lines[0]).toMatchObject({ quantity: 2, previousPriceCents: null });
    await setPrice(cup.id, cup.priceCents);
  });
});

describe("a product taken out of the shop", () => {
  it("cannot be added, and a cart that holds it cannot check out until it is removed", async () => {
    const cartId = await createCart();
    const tote = await variantOf("star-ferry-tote");
    await addCartItem(cartId, tote.id, 1);
    await database.db.update(products).set({ status: "archived" }).where(eq(products.id, tote.productId));
    try {
      expect(await addCartItem(cartId, tote.id, 1)).toEqual({ ok: false, reason: "unknown-product" });
      const cart = await loadCart(database.db, cartId);
      expect(isLineUnavailable(cart.lines[0]!)).toBe(true);
      expect(linesShortOfStock(cart)).toHaveLength(1);
    } finally {
      await database.db.update(products).set({ status: "published" }).where(eq(products.id, tote.productId));
    }
  });
});
