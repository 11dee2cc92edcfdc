import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { orders, type Order, type Payment } from "@/lib/db/schema";
import { returnTokenMatches } from "@/lib/payments/identifiers";
import {
  getOrderRow,
  getPaymentByRrn,
  listOrderEvents,
  listOrderItems,
  listOrderPayments,
} from "@/lib/payments/queries";

export type Viewer = {
  cartId: string | undefined;
  token: string | undefined;
  /** The signed-in shopper (lib/accounts), if any: their email is proven by a sign-in link. */
  shopper?: { id: string; email: string } | undefined;
};

/**
 * Who may see a payment: the browser that placed its order (cart cookie),
 * whoever holds the token our returnUrl carried for that very payment
 * (a wallet app may bring the shopper back in another browser), or the
 * signed-in shopper who placed it or whose verified email it was placed
 * with (decision 008). An rrn alone, or a token from another payment's
 * returnUrl, finds nothing.
 */
export function viewerOwns(viewer: Viewer, order: Order, payment: Payment | undefined): boolean {
  if (viewer.cartId && order.cartId === viewer.cartId) return true;
  if (viewer.shopper && (order.shopperId === viewer.shopper.id || (order.contactEmail !== null && order.contactEmail === viewer.shopper.email))) {
    return true;
  }
  return Boolean(payment && returnTokenMatches(viewer.token, payment.returnTokenHash));
}

export async function getPaymentForViewer({ rrn, viewer }: { rrn: string | undefined; viewer: Viewer }) {
  if (!rrn || !/^[0-9]{1,64}$/.test(rrn)) return undefined;
  const db = await getDb();
  const payment = await getPaymentByRrn(db, rrn);
  if (!payment) return undefined;
  const order = await getOrderRow(db, payment.orderId);
  if (!order || !viewerOwns(viewer, order, payment)) return undefined;
  const items = await listOrderItems(db, order.id);
  return { payment, order, items, viaCookie: Boolean(viewer.cartId && order.cartId === viewer.cartId) };
}

export async function getOrderStoryForViewer({ orderId, viewer }: { orderId: string; viewer: Viewer }) {
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) return undefined;
  const db = await getDb();
  const order = await getOrderRow(db, orderId);
  if (!order) return undefined;
  const payments = await listOrderPayments(db, order.id);
  const owns = viewerOwns(viewer, order, undefined) || payments.some((payment) => viewerOwns(viewer, order, payment));
  if (!owns) return undefined;
  const [items, events] = await Promise.all([listOrderItems(db, order.id), listOrderEvents(db, order.id)]);
  return { order, items, payments, events };
}

/** The orders this browser placed, newest first: the cart cookie is the owner (a signed-in shopper's orders are listed by lib/accounts). */
export async function listOrdersForCart({ cartId }: { cartId: string | undefined }): Promise<Order[]> {
  if (!cartId) return [];
  const db = await getDb();
  return db.select().from(orders).where(eq(orders.cartId, cartId)).orderBy(desc(orders.createdAt)).limit(50);
}
