import { getLocale, getTranslations } from "next-intl/server";
import { addressLines } from "@/lib/checkout/address-lines";
import { storeValues } from "@/lib/merchant";
import type { Order } from "@/lib/db/schema";
import { formatHkd } from "@/lib/money";
import { orderBadge } from "@/lib/orders/timeline";

/** Items, delivery fee and total, as the server computed them (total = PMS amount). */
export async function OrderBreakdown({ order }: { order: Pick<Order, "totalCents" | "deliveryFeeCents" | "deliveryMethod"> }) {
  const t = await getTranslations("Order");
  // Orders placed before checkout asked for delivery have no fee to show.
  const rows = order.deliveryMethod
    ? [
        { label: t("itemsSubtotal"), value: formatHkd(order.totalCents - order.deliveryFeeCents) },
        { label: t("deliveryFee"), value: order.deliveryFeeCents === 0 ? t("free") : formatHkd(order.deliveryFeeCents) },
      ]
    : [];
  return (
    <dl className="flex w-full flex-col gap-1 text-sm" data-testid="order-breakdown">
      {rows.map((row) => (
        <div key={row.label} className="flex justify-between px-3">
          <dt>{row.label}</dt>
          <dd className="tabular-nums">{row.value}</dd>
        </div>
      ))}
      <div className="flex justify-between px-3 text-base font-bold">
        <dt>{t("total")}</dt>
        <dd className="tabular-nums" data-testid="order-summary-total">
          {formatHkd(order.totalCents)}
        </dd>
      </div>
    </dl>
  );
}

/** Who to contact and where the order goes, for the shopper's and the staff's pages. */
export async function OrderDelivery({ order }: { order: Pick<Order, "contactEmail" | "contactPhone" | "deliveryMethod" | "deliveryAddress"> }) {
  if (!order.contactEmail) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const address = order.deliveryAddress;
  return (
    <dl className="grid gap-3 sm:grid-cols-2" data-testid="order-delivery">
      <div>
        <dt className="font-semibold">{t("Order.contact")}</dt>
        <dd>{order.contactEmail}</dd>
        {order.contactPhone && <dd>{order.contactPhone}</dd>}
      </div>
      <div>
        <dt className="font-semibold">{t("Order.delivery")}</dt>
        {order.deliveryMethod === "pickup" || !address ? (
          <dd>{t("Order.pickup", storeValues(locale))}</dd>
        ) : (
          <dd>
            {t("Order.courier")}
            <address className="not-italic">
              {addressLines(address, locale, t(`Checkout.regions.${address.region}`)).map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
          </dd>
        )}
      </div>
    </dl>
  );
}

type ProgressOrder = Pick<Order, "status" | "deliveryMethod" | "fulfilment" | "carrier" | "trackingNumber" | "collectedAt">;

/**
 * Where a paid order stands: being prepared, shipped (with the tracking
 * number the shopper was mailed) or waiting at the store. Nothing for an
 * order that is not paid: its status says enough.
 */
export async function OrderProgress({ order }: { order: ProgressOrder }) {
  if (order.status !== "paid") return null;
  const [t, locale] = await Promise.all([getTranslations("Order"), getLocale()]);
  const text =
    order.fulfilment === "shipped"
      ? t("progress_shipped", { carrier: order.carrier ?? "", tracking: order.trackingNumber ?? "" })
      : order.collectedAt
        ? t("progress_collected")
        : order.fulfilment === "ready_for_pickup"
          ? t("progress_ready_for_pickup", storeValues(locale))
          : order.deliveryMethod === "pickup"
            ? t("progress_preparing_pickup")
            : t("progress_preparing_courier");
  return (
    <p className="rounded-xl border border-harbour-100 bg-harbour-50 p-3 text-sm text-harbour-900" data-testid="order-progress">
      {text}
    </p>
  );
}

/** One word or two for an order in a list: the same badge as the order's page, following fulfilment. */
export function shortOrderStatus(order: Pick<Order, "status" | "fulfilment" | "collectedAt">, t: (key: string) => string): string {
  return t(`OrderStatus.${orderBadge(order)}`);
}
