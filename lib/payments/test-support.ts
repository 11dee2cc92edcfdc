import type { Db } from "@/lib/db";
import { eq, getTableColumns } from "drizzle-orm";
import { cartItems, carts, products, productVariants } from "@/lib/db/schema";
import type { PaymentAtPms, PmsClient } from "@/lib/pms";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { seedCatalog } from "@/lib/db/seed";
import { createReturnToken, generateRrn } from "./identifiers";
import { startPaymentAttempt, type CheckoutLine } from "./attempts";
import type { HeldItem, ReceiveResult } from "./webhook-inbox";

type Answer = Partial<Omit<PaymentAtPms, "raw">> & Pick<PaymentAtPms, "status">;

/** A PMS whose /online/query answers what the test says, per rrn, and counts the calls. */
export function createFakePms() {
  const answers = new Map<string, Answer | "down" | "unknown">();
  const perRrn = new Map<string, number>();
  let queries = 0;
  // Runs inside each query before it answers: a slow PMS, or something happening meanwhile.
  let duringQuery: ((rrn: string) => Promise<void>) | undefined;
  const client: PmsClient = {
    async getGateways() {
      return { ok: true, data: [] };
    },
    async createSale() {
      throw new Error("not used");
    },
    async queryPayment({ rrn, type }) {
      queries++;
      perRrn.set(rrn, (perRrn.get(rrn) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 1));
      await duringQuery?.(rrn);
      const answer = answers.get(rrn);
      if (answer === "down" || answer === undefined) {
        return { ok: false, failure: { kind: "http", httpStatus: 503, detail: "503" } };
      }
      if (answer === "unknown") {
        return { ok: false, failure: { kind: "unknown-payment", detail: "unknown rrn" } };
      }
      const facts = { rrn, amountCents: 0, currency: "HKD", storeCode: "ST01", gatewayRef: undefined, ...answer };
      return { ok: true, data: { ...facts, raw: { ...facts, type } } };
    },
  };
  return {
    client,
    answer(rrn: string, answer: Answer | "down" | "unknown") {
      answers.set(rrn, answer);
    },
    get queries() {
      return queries;
    },
    queriesOf(rrn: string) {
      return perRrn.get(rrn) ?? 0;
    },
    whileQuerying(hook: ((rrn: string) => Promise<void>) | undefined) {
      duringQuery = hook;
    },
  };
}

/** A cart with two seeded products and an order with one attempt, created the way checkout does. */
export async function createOrderWithAttempt(db: Db, options: { method?: PmsPaymentType; cartId?: string; now?: Date } = {}) {
  await seedCatalog(db);
  const catalog = await db
    .select({ ...getTableColumns(products), variantId: productVariants.id })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .orderBy(products.id, productVariants.id)
    .limit(2);
  let cartId = options.cartId;
  if (!cartId) {
    const [cart] = await db.insert(carts).values({}).returning();
    cartId = cart!.id;
    await db.insert(cartItems).values(catalog.map((product, i) => ({ cartId: cartId!, productId: product.id, variantId: product.variantId, quantity: i + 1 })));
  }
  const lines: CheckoutLine[] = catalog.map((product, i) => ({
    productId: product.id,
    variantId: product.variantId,
    name: product.name,
    imagePath: product.imagePath,
    unitPriceCents: product.priceCents,
    quantity: i + 1,
    lineTotalCents: product.priceCents * (i + 1),
  }));
  const now = options.now ?? new Date();
  const token = createReturnToken();
  const result = await startPaymentAttempt(db, {
    cartId,
    locale: "en",
    lines,
    now,
    attempt: {
      rrn: generateRrn(now),
      method: options.method ?? "WXPAY",
      storeCode: "ST01",
      returnTokenHash: token.hash,
      pmsTimeoutAt: new Date(now.getTime() + 300_000),
      firstCheckAt: new Date(now.getTime() + 5_000),
    },
  });
  return { ...result, cartId, lines, token: token.token };
}

/** A notification the inbox stored (the test fails otherwise), as the webhook hands it to its confirmation. */
export function storedNotification(received: ReceiveResult): { itemId: number; held?: HeldItem } {
  if (received.kind !== "stored") throw new Error(`expected the notification to be stored, not ${received.kind}`);
  return received;
}

/** A notification stored by this receiver, which holds the new row's lease. */
export function heldNotification(received: ReceiveResult): { itemId: number; held: HeldItem } {
  const stored = storedNotification(received);
  if (!stored.held) throw new Error("expected the receiver to hold the new row's lease");
  return { itemId: stored.itemId, held: stored.held };
}
