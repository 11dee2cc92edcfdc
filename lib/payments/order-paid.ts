import type { EventSource, Order, OrderItem, Payment } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/tx";

// The order-paid contract in a leaf module: the effects (catalog, mail) implement it and
// order-paid-effects.ts lists them, without either importing the other's module.

export type OrderPaid = {
  /** The order as it is now: status `paid`, `paidPaymentId` = payment.id. */
  order: Order;
  payment: Payment;
  /** Paid after the order had failed or expired: staff fulfil or refund it. */
  late: boolean;
  source: EventSource;
  /** The order's items, read once for every effect (they never change once the order exists). */
  items: OrderItem[];
};

/**
 * Work that must happen exactly when an order becomes paid, and only then.
 *
 * The contract: the state writer calls each effect, in list order, inside the
 * transaction that moved the order to `paid`, right after that conditional
 * update succeeded. So an effect runs exactly once per order however many
 * copies of a notification race (a repeat finds the order already paid and
 * never gets here), and if an effect throws the whole transition rolls back
 * and is retried later by whoever asked PMS. An effect writes only through
 * `tx`, never calls the network, and stays short: it holds the order's lock.
 * To add one (an outbox row, a stock decrement), write it in your own module
 * and append it to the list in order-paid-effects.ts.
 */
export type OrderPaidEffect = (tx: Tx, paid: OrderPaid) => Promise<void>;
