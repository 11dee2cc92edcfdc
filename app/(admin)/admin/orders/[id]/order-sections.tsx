import Link from "next/link";
import type { OrderForStaff } from "@/lib/admin/order-queries";
import type { DeliveryRegion } from "@/lib/checkout/delivery";
import { methodLabel } from "@/lib/admin/method-labels";
import { formatHkd } from "@/lib/money";
import { EmailText } from "../../../_components/email-text";
import { formatHkTime } from "../../../_components/hk-time";
import { StatusBadge } from "../../../_components/payment-badges";
import { RecheckForm } from "../../../_components/recheck-form";
import { AdminCard } from "../../../_components/admin-card";


const regionNames: Record<DeliveryRegion, string> = {
  "hk-island": "Hong Kong Island",
  kowloon: "Kowloon",
  "new-territories": "New Territories",
  "outlying-islands": "Outlying Islands",
};

export function ContactAndDelivery({ order }: Pick<OrderForStaff, "order">) {
  const address = order.deliveryAddress;
  return (
    <AdminCard id="contact" title="Contact and delivery">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-500">Email</dt>
        <dd>
          {order.contactEmail ? (
            <EmailText email={order.contactEmail} />
          ) : order.anonymisedAt ? (
            `— (erased ${formatHkTime(order.anonymisedAt)} HKT: the shopper closed their account)`
          ) : (
            "— (placed before checkout asked)"
          )}
        </dd>
        <dt className="text-slate-500">Phone</dt>
        <dd>{order.contactPhone ?? "—"}</dd>
        <dt className="text-slate-500">Delivery</dt>
        <dd>{order.deliveryMethod === "courier" ? "Courier" : order.deliveryMethod === "pickup" ? "Pick-up at the store" : "— (not asked)"}</dd>
        {address && (
          <>
            <dt className="text-slate-500">Address</dt>
            <dd data-testid="delivery-address">
              {[address.name, address.line1, address.line2, address.district, regionNames[address.region]].filter(Boolean).join(", ")}
            </dd>
          </>
        )}
        <dt className="text-slate-500">Delivery fee</dt>
        <dd>{order.deliveryFeeCents === 0 ? "Free" : formatHkd(order.deliveryFeeCents)}</dd>
      </dl>
    </AdminCard>
  );
}

export function Items({ order, items }: Pick<OrderForStaff, "order" | "items">) {
  return (
    <AdminCard id="items" title="Items">
      <table className="w-full text-left">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">Item</th>
            <th className="py-1 text-right">Qty</th>
            <th className="py-1 text-right">Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.id}>
              <td className="py-1">
                {item.name.en}
                {item.variantLabel && <span className="text-slate-500"> ({item.variantLabel.en})</span>}
              </td>
              <td className="py-1 text-right">
                {item.quantity} × {formatHkd(item.unitPriceCents)}
              </td>
              <td className="py-1 text-right">{formatHkd(item.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200">
          <tr>
            <td colSpan={2} className="pt-2 text-slate-500">Items</td>
            <td className="pt-2 text-right">{formatHkd(order.totalCents - order.deliveryFeeCents)}</td>
          </tr>
          <tr>
            <td colSpan={2} className="text-slate-500">Delivery</td>
            <td className="text-right">{formatHkd(order.deliveryFeeCents)}</td>
          </tr>
          <tr className="font-semibold">
            <td colSpan={2}>Total</td>
            <td className="text-right" data-testid="order-total">
              {formatHkd(order.totalCents)}
            </td>
          </tr>
        </tfoot>
      </table>
    </AdminCard>
  );
}

export function Payments({ order, attempts }: Pick<OrderForStaff, "order" | "attempts">) {
  return (
    <AdminCard id="payments" title="Payments">
      <ul className="flex flex-col gap-1">
        {attempts.map((attempt) => (
          <li key={attempt.id} className="flex flex-wrap items-center gap-2" data-testid="order-payment">
            <Link href={`/admin/payments/${attempt.id}`} aria-label={`Story of payment ${attempt.rrn}`} className="font-mono text-xs underline">
              {attempt.rrn}
            </Link>
            <span>{methodLabel(attempt.method)}</span>
            <StatusBadge status={attempt.status} />
            <span className="text-slate-500">{formatHkd(attempt.amountCents)} · {formatHkTime(attempt.createdAt)}</span>
            {order.paidPaymentId === attempt.id && <span className="text-xs font-semibold">paid the order</span>}
          </li>
        ))}
      </ul>
    </AdminCard>
  );
}

/** PMS v1.7 has no refund call: staff refund in the merchant portal, then let PMS's answer move our state. */
export function Refunds({ order, paidPayment }: Pick<OrderForStaff, "order" | "paidPayment">) {
  return (
    <AdminCard id="refunds" title="Refunds">
      <p className="mb-3 text-slate-700">
        PMS (v1.7) has no refund call, so this shop cannot refund by itself. Make the refund in the PMS merchant portal,
        then check with PMS here: when PMS answers that the payment is refunded, the payment and the order are marked
        refunded. Nothing is marked refunded on our word alone.
      </p>
      {order.status === "refunded" && <p className="mb-3 font-semibold">PMS reported this order&apos;s payment refunded.</p>}
      {/* Still offered once refunded: the check's answer stays readable after the page refreshes. */}
      {paidPayment ? (
        <RecheckForm paymentId={paidPayment.id} />
      ) : (
        <p className="text-slate-500">No payment has paid this order, so there is nothing to refund.</p>
      )}
    </AdminCard>
  );
}
