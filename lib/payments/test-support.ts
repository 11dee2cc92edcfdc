import type { Db } from "@/lib/db";
import { cartItems, carts, products } from "@/lib/db/schema";
import type { PmsClient, PmsPaymentQuery } from "@/lib/pms";
import { mapGwRefStatus } from "@/lib/pms/status";
import { seedCatalog } from "@/lib/db/seed";
import { createReturnToken, generateRrn } from "./identifiers";
import { startPaymentAttempt, type CheckoutLine } from "./attempts";

type Answer = Partial<PmsPaymentQuery> & { gwRefStatus: string };

/** A PMS whose /online/query answers what the test says, per rrn, and counts the calls. */
export function createFakePms() {
  const answers = new Map<string, Answer | "down" | "unknown">();
  let queries = 0;
  const client: PmsClient = {
    async getGateways() {
      return { ok: true, data: { errorCode: "0", gateways: [] } as never };
    },
    async createSale() {
      throw new Error("not used");
    },
    async queryPayment({ rrn, type }) {
      queries++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      const answer = answers.get(rrn);
      if (answer === "down" || answer === undefined) {
        return { ok: false, failure: { kind: "http", httpStatus: 503, detail: "503" } };
      }
      if (answer === "unknown") {
        return { ok: false, failure: { kind: "pms-error", errorCode: "40002", detail: "unknown rrn" } };
      }
      const { status, known } = mapGwRefStatus(answer.gwRefStatus);
      return {
        ok: true,
        data: {
          errorCode: "0",
          type,
          rrn,
          txDateTime: "2026-11-25T12:00:00+0800",
          amt: 0,
          ccy: "HKD",
          storeCode: "ST01",
          ...answer,
          status,
          statusKnown: known,
        } as PmsPaymentQuery,
      };
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
  };
}

/** A cart with two seeded products and an order with one attempt, created the way checkout does. */
export async function createOrderWithAttempt(db: Db, options: { method?: string; cartId?: string; now?: Date } = {}) {
  await seedCatalog(db);
  const catalog = await db.select().from(products).orderBy(products.id).limit(2);
  let cartId = options.cartId;
  if (!cartId) {
    const [cart] = await db.insert(carts).values({}).returning();
    cartId = cart!.id;
    await db.insert(cartItems).values(catalog.map((product, i) => ({ cartId: cartId!, productId: product.id, quantity: i + 1 })));
  }
  const lines: CheckoutLine[] = catalog.map((product, i) => ({
    productId: product.id,
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
