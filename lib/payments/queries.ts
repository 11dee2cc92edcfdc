import "server-only";
import { asc, eq } from "drizzle-orm";
import { orderItems, orders, paymentEvents, payments, type Order, type Payment } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/tx";

/** Reads of payments, their orders and their stories. No writes here: see state-writer.ts and attempts.ts. */

export async function getPaymentById(db: Executor, id: string): Promise<Payment | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).limit(1);
  return row;
}

export async function getPaymentByRrn(db: Executor, rrn: string): Promise<Payment | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.rrn, rrn)).limit(1);
  return row;
}

export async function getOrderRow(db: Executor, id: string): Promise<Order | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return row;
}

export async function listOrderPayments(db: Executor, orderId: string): Promise<Payment[]> {
  return db.select().from(payments).where(eq(payments.orderId, orderId)).orderBy(asc(payments.createdAt));
}

export async function listOrderItems(db: Executor, orderId: string) {
  return db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.id));
}

export async function listOrderEvents(db: Executor, orderId: string) {
  return db.select().from(paymentEvents).where(eq(paymentEvents.orderId, orderId)).orderBy(asc(paymentEvents.id));
}

export async function listPaymentEvents(db: Executor, paymentId: string) {
  return db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, paymentId)).orderBy(asc(paymentEvents.id));
}
