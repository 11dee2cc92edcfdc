import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { regionLabels } from "@/lib/admin/order-labels";
import { getPackingSlipForStaff, type PackingSlip } from "@/lib/admin/order-queries";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { itemName } from "@/lib/catalog/names";
import { orderReference } from "@/lib/orders/reference";
import { formatHkTime } from "../../../../_components/hk-time";
import { PrintButton } from "../../../../_components/print-button";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Packing slip · Harbour Goods" };

/**
 * One order's packing slip, printed from the browser: the reference, where
 * it goes (or that it waits at the store), and what goes in the box. The
 * back-office chrome is hidden when printed (print:hidden).
 */
export default async function PackingSlipPage({ params }: Props) {
  const actor = await staffForPage();
  const slip = await getPackingSlipForStaff(actor, { id: (await params).id });
  if (!slip) notFound();
  const { order, items } = slip;
  const reference = orderReference(order.id);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 bg-white px-6 py-8 text-sm print:max-w-none print:p-0">
      <nav aria-label="Packing slip" className="flex items-center gap-4 print:hidden">
        <Link href={`/admin/orders/${order.id}`} className="underline">
          ← Back to order {reference}
        </Link>
        <span className="ml-auto">
          <PrintButton />
        </span>
      </nav>
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-300 pb-3">
        <h1 className="text-2xl font-bold">Packing slip · Order {reference}</h1>
        <p>
          Harbour Goods · placed {formatHkTime(order.createdAt)} (HKT)
        </p>
      </header>
      <Destination order={order} />
      <Contents items={items} />
      <p className="text-xs text-slate-500">Order {order.id}</p>
    </main>
  );
}

function Destination({ order }: Pick<PackingSlip, "order">) {
  const address = order.deliveryAddress;
  return (
    <section aria-labelledby="ship-to-heading" className="break-inside-avoid" data-testid="packing-slip-destination">
      <h2 id="ship-to-heading" className="mb-1 text-xs font-semibold uppercase text-slate-500">
        {order.deliveryMethod === "pickup" ? "Pick-up at the store" : "Ship to"}
      </h2>
      {order.deliveryMethod === "courier" && address ? (
        <address className="text-base not-italic leading-relaxed">
          {[address.name, address.line1, address.line2, address.district, regionLabels[address.region]]
            .filter(Boolean)
            .map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
        </address>
      ) : order.deliveryMethod === "pickup" ? (
        <p className="text-base">Hold at Harbour Goods, 18 Harbour Road, Wan Chai, for the shopper to collect.</p>
      ) : (
        <p className="text-base">No delivery was asked for (placed before checkout asked): check with the shopper.</p>
      )}
      <p className="mt-1">
        {[order.contactPhone, order.contactEmail].filter(Boolean).join(" · ")}
      </p>
      {order.fulfilment === "shipped" && (
        <p className="mt-1">
          Carrier {order.carrier}, tracking number {order.trackingNumber}
        </p>
      )}
    </section>
  );
}

function Contents({ items }: Pick<PackingSlip, "items">) {
  const total = items.reduce((sum, item) => sum + item.quantity, 0);
  return (
    <section aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="mb-1 text-xs font-semibold uppercase text-slate-500">
        In the box
      </h2>
      <table className="w-full border-collapse text-left">
        <thead className="border-b border-slate-300 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-1">Item</th>
            <th scope="col" className="py-1 text-right">Qty</th>
            <th scope="col" className="w-16 py-1 text-center">Packed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((item) => (
            <tr key={item.id} data-testid="packing-slip-item" className="break-inside-avoid">
              <td className="py-2">{itemName(item.name, item.variantLabel, "en")}</td>
              <td className="py-2 text-right text-base font-semibold tabular-nums">{item.quantity}</td>
              <td className="py-2 text-center" aria-hidden="true">
                ☐
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-300">
          <tr>
            <td className="pt-2 font-semibold">Items in total</td>
            <td className="pt-2 text-right font-semibold tabular-nums" data-testid="packing-slip-count">
              {total}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
