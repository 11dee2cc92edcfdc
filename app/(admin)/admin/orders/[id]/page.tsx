import Link from "next/link";
import { notFound } from "next/navigation";
import { getOrderForStaff } from "@/lib/admin/order-queries";
import { can } from "@/lib/auth/permissions";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { orderReference } from "@/lib/orders/reference";
import { orderBadge } from "@/lib/orders/timeline";
import { formatHkd } from "@/lib/money";
import { AdminHeader } from "../../../_components/admin-header";
import { formatHkTime } from "../../../_components/hk-time";
import { Emails } from "./order-emails";
import { Fulfilment } from "./order-fulfilment";
import { ContactAndDelivery, Items, Payments, Refunds } from "./order-sections";

type Props = { params: Promise<{ id: string }> };

// Follows fulfilment, as the shopper's page does: a shipped order says "shipped", not "paid".
const staffBadge: Record<ReturnType<typeof orderBadge>, string> = {
  pending: "pending",
  paid: "paid",
  failed: "failed",
  expired: "expired",
  refunded: "refunded",
  shipped: "shipped",
  ready_for_pickup: "ready for pick-up",
  collected: "collected",
};

export default async function StaffOrderPage({ params }: Props) {
  const actor = await staffForPage();
  const found = await getOrderForStaff(actor, { id: (await params).id });
  if (!found) notFound();
  const { order, items, attempts, paidPayment, mail, corrections, delivery } = found;
  return (
    <>
      <AdminHeader email={actor.email} />
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <Link href="/admin/orders" className="text-sm underline">
          ← All orders
        </Link>
        <header className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-bold">Order {orderReference(order.id)}</h1>
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold" data-testid="order-status">
            {staffBadge[orderBadge(order)]}
          </span>
          <span className="text-sm text-slate-500">
            {formatHkd(order.totalCents)} · placed {formatHkTime(order.createdAt)} (HKT) · {order.locale}
          </span>
          <Link href={`/admin/orders/${order.id}/packing-slip`} prefetch={false} className="ml-auto text-sm underline">
            Print packing slip
          </Link>
        </header>
        <div className="grid gap-4 md:grid-cols-2">
          <ContactAndDelivery order={order} />
          <Fulfilment order={order} corrections={corrections} names={found.names} mayAct={can(actor, "orders.fulfil")} />
        </div>
        <Items order={order} items={items} />
        <div className="grid gap-4 md:grid-cols-2">
          <Payments order={order} attempts={attempts} />
          <Refunds order={order} paidPayment={paidPayment} />
        </div>
        <Emails mail={mail} delivery={delivery} />
      </main>
    </>
  );
}
