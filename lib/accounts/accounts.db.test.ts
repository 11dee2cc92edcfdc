import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartItems, carts, mailOutbox, orders, productVariants, shoppers } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { viewerOwns } from "@/lib/orders/queries";
import { createOrderWithAttempt } from "@/lib/payments/test-support";
import { shopperAdapter } from "./adapter";
import { hashLinkToken } from "./links";
import { deleteSavedAddress, joinCartToShopper, listSavedAddresses, listShopperOrders, rememberAddress } from "./queries";
import { requestOrderLink, requestSignInLink } from "./sign-in";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const secret = "test-secret-0123456789";
let ipCounter = 0;
const freshIp = () => `10.0.0.${++ipCounter}`;

async function shopper(email: string) {
  const [row] = await database.db.insert(shoppers).values({ email, emailVerified: new Date() }).returning();
  return { id: row!.id, email };
}

async function guestOrder(email: string) {
  const created = await createOrderWithAttempt(database.db);
  await database.db.update(orders).set({ contactEmail: email }).where(eq(orders.id, created.order.id));
  return (await database.db.select().from(orders).where(eq(orders.id, created.order.id)))[0]!;
}

async function linksTo(email: string) {
  return database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
}

const tokenOf = (text: string) => new URL(/http\S+callback\/email\S+/.exec(text)![0]).searchParams;

describe("sign-in links", () => {
  it("are single-use: next-auth's check finds the token once, by its hash", async () => {
    expect(await requestSignInLink({ email: "once@example.com", ip: freshIp(), locale: "en", secret, callbackPath: "/account" })).toEqual({ ok: true });
    const [mail] = await linksTo("once@example.com");
    const params = tokenOf(mail!.text);
    expect(params.get("callbackUrl")).toBe("http://localhost:3000/account");
    const hashed = hashLinkToken(params.get("token")!, secret);
    const first = await shopperAdapter.useVerificationToken!({ identifier: "once@example.com", token: hashed });
    expect(first?.expires.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await shopperAdapter.useVerificationToken!({ identifier: "once@example.com", token: hashed })).toBeNull();
  });

  it("expire after 15 minutes", async () => {
    const issuedAt = new Date(Date.now() - 16 * 60_000);
    await requestSignInLink({ email: "late@example.com", ip: freshIp(), locale: "en", secret, callbackPath: "/account", now: issuedAt });
    const params = tokenOf((await linksTo("late@example.com"))[0]!.text);
    const token = await shopperAdapter.useVerificationToken!({ identifier: "late@example.com", token: hashLinkToken(params.get("token")!, secret) });
    // next-auth refuses a token whose expiry has passed.
    expect(token!.expires.getTime()).toBeLessThan(Date.now());
  });

  it("are throttled per email: the sixth request in 15 minutes sends nothing", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) {
      results.push(await requestSignInLink({ email: "flood@example.com", ip: freshIp(), locale: "en", secret, callbackPath: "/account" }));
    }
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, reason: "throttled" });
    expect(await linksTo("flood@example.com")).toHaveLength(5);
  });

  it("are throttled per address, whatever emails it tries", async () => {
    const ip = freshIp();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await requestSignInLink({ email: `spray${i}@example.com`, ip, locale: "en", secret, callbackPath: "/" }));
    expect(results[5]).toMatchObject({ ok: false, reason: "throttled" });
  });
});

describe("find my order", () => {
  it("mails a link to the order only when that email placed it, and answers the same either way", async () => {
    const order = await guestOrder("finder@example.com");
    const ref = order.id.slice(0, 8).toUpperCase();
    const found = await requestOrderLink({ email: "finder@example.com", orderRef: ref, ip: freshIp(), locale: "zh-HK", secret });
    const wrongEmail = await requestOrderLink({ email: "someone@example.com", orderRef: ref, ip: freshIp(), locale: "en", secret });
    const noOrder = await requestOrderLink({ email: "finder@example.com", orderRef: "00000000", ip: freshIp(), locale: "en", secret });
    expect([found, wrongEmail, noOrder]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const mail = await linksTo("finder@example.com");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain(ref);
    expect(tokenOf(mail[0]!.text).get("callbackUrl")).toBe(`http://localhost:3000/orders/${order.id}`);
    expect(await linksTo("someone@example.com")).toHaveLength(0);
  });
});

describe("a shopper's orders and addresses", () => {
  it("include earlier guest orders placed with the verified email, and never another shopper's", async () => {
    const mine = await guestOrder("mine@example.com");
    const theirs = await guestOrder("theirs@example.com");
    const me = await shopper("mine@example.com");
    const ids = (await listShopperOrders(me)).map((o) => o.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(viewerOwns({ cartId: undefined, token: undefined, shopper: me }, mine, undefined)).toBe(true);
    expect(viewerOwns({ cartId: undefined, token: undefined, shopper: me }, theirs, undefined)).toBe(false);
  });

  it("another shopper's address id deletes nothing", async () => {
    const alice = await shopper("alice@example.com");
    const bob = await shopper("bob@example.com");
    await rememberAddress(alice, { name: "Alice", line1: "1 Peak Road", district: "The Peak", region: "hk-island" });
    const [address] = await listSavedAddresses(alice);
    expect(await deleteSavedAddress(bob, address!.id)).toBe(false);
    expect(await listSavedAddresses(alice)).toHaveLength(1);
    expect(await deleteSavedAddress(alice, address!.id)).toBe(true);
  });

  it("signing in joins the browser's cart: its guest orders and the account's other cart come along", async () => {
    const me = await shopper("joiner@example.com");
    const [variant] = await database.db.select().from(productVariants).limit(1);
    const [otherDevice] = await database.db.insert(carts).values({ shopperId: me.id }).returning();
    await database.db.insert(cartItems).values({ cartId: otherDevice!.id, productId: variant!.productId, variantId: variant!.id, quantity: 2 });
    const placed = await createOrderWithAttempt(database.db);
    await joinCartToShopper(placed.cartId, me.id);
    const [order] = await database.db.select().from(orders).where(eq(orders.id, placed.order.id));
    expect(order!.shopperId).toBe(me.id);
    const items = await database.db.select().from(cartItems).where(eq(cartItems.cartId, placed.cartId));
    expect(items.find((item) => item.variantId === variant!.id)!.quantity).toBeGreaterThanOrEqual(2);
    expect(await database.db.select().from(cartItems).where(eq(cartItems.cartId, otherDevice!.id))).toHaveLength(0);
  });
});
