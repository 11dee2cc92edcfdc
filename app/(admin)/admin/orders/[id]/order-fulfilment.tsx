import type { OrderForStaff } from "@/lib/admin/order-queries";
import { nameOf } from "@/lib/staff/who";
import { CollectedForm } from "../../../_components/collected-form";
import { FulfilmentForm } from "../../../_components/fulfilment-form";
import { formatHkTime } from "../../../_components/hk-time";
import { ShipmentCorrectionForm } from "../../../_components/shipment-correction-form";
import { AdminCard } from "../../../_components/admin-card";


/**
 * What was done with the order, or the one way to fulfil it that fits its
 * delivery; then what may follow: correcting a shipment, or the shopper
 * collecting a pick-up order.
 */
export function Fulfilment({ order, corrections, names, mayAct }: Pick<OrderForStaff, "order" | "corrections" | "names"> & { mayAct: boolean }) {
  const mode = order.deliveryMethod === "pickup" ? "pickup" : "ship";
  // A read-only member reads the story; the forms are not offered (and the actions refuse them anyway).
  const paid = order.status === "paid" && mayAct;
  return (
    <AdminCard id="fulfilment" title="Fulfilment">
      <p className="mb-3" data-testid="fulfilment-state">
        {fulfilmentState(order, names)}
      </p>
      {order.stockShortfall && !order.fulfilment && (
        <p className="mb-3 rounded-md bg-amber-50 p-2 text-amber-950">Sold out meanwhile: {order.stockShortfall}</p>
      )}
      {corrections.length > 0 && <Corrections corrections={corrections} names={names} />}
      {paid && <FulfilmentForm orderId={order.id} mode={mode} done={order.fulfilment !== null} />}
      {paid && order.fulfilment === "shipped" && (
        <ShipmentCorrectionForm orderId={order.id} carrier={order.carrier ?? ""} trackingNumber={order.trackingNumber ?? ""} />
      )}
      {paid && order.fulfilment === "ready_for_pickup" && <CollectedForm orderId={order.id} done={order.collectedAt !== null} />}
    </AdminCard>
  );
}

function fulfilmentState(order: OrderForStaff["order"], names: OrderForStaff["names"]): string {
  const by = order.fulfilledAt ? ` by ${nameOf(names, order.fulfilledBy)}, ${formatHkTime(order.fulfilledAt)} (HKT)` : "";
  if (order.fulfilment === "shipped") return `Shipped with ${order.carrier}, tracking number ${order.trackingNumber}${by}.`;
  if (order.fulfilment === "ready_for_pickup") {
    const collected = order.collectedAt ? ` Collected by the shopper: marked by ${nameOf(names, order.collectedBy)}, ${formatHkTime(order.collectedAt)} (HKT).` : "";
    return `Ready for pick-up${by}.${collected}`;
  }
  if (order.status === "paid") return order.deliveryMethod === "pickup" ? "To fulfil: set it aside at the store." : "To fulfil: ship it.";
  return `Nothing to fulfil: the order is ${order.status}.`;
}

function Corrections({ corrections, names }: Pick<OrderForStaff, "corrections" | "names">) {
  return (
    <div className="mb-3">
      <h3 className="text-xs font-semibold uppercase text-slate-500">Corrections</h3>
      <ol className="flex flex-col gap-1" data-testid="shipment-corrections">
        {corrections.map((row) => (
          <li key={row.id}>
            {row.previousCarrier} {row.previousTrackingNumber} → {row.carrier} {row.trackingNumber}, by {nameOf(names, row.correctedBy)}, {formatHkTime(row.correctedAt)} (HKT)
          </li>
        ))}
      </ol>
    </div>
  );
}
