import { deliveryMethods } from "@/lib/checkout/delivery";
import { orderStatus } from "@/lib/db/schema/orders";
import type { OrderFilter } from "@/lib/admin/order-filters";
import { deliveryLabels } from "@/lib/admin/order-labels";

const field = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/** A plain GET form: the filter lives in the URL, works without JavaScript, and the CSV link reuses it. */
export function OrderFilterForm({ filter }: { filter: OrderFilter }) {
  return (
    <form action="/admin/orders" method="get" aria-label="Filter orders" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3">
      <label className="flex flex-col gap-1 text-sm">
        Show
        <select name="view" defaultValue={filter.view} className={field}>
          <option value="to-fulfil">To fulfil</option>
          <option value="all">All orders</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Search
        <input
          name="q"
          type="search"
          defaultValue={filter.q}
          placeholder="Order number, email or rrn"
          className={`${field} w-64`}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Status
        <select name="status" defaultValue={filter.status ?? ""} className={field}>
          <option value="">Any</option>
          {orderStatus.enumValues.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Delivery
        <select name="delivery" defaultValue={filter.delivery ?? ""} className={field}>
          <option value="">Any</option>
          {deliveryMethods.map((method) => (
            <option key={method} value={method}>
              {deliveryLabels[method]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        From (HK day)
        <input name="from" type="date" defaultValue={filter.from} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        To (HK day)
        <input name="to" type="date" defaultValue={filter.to} className={field} />
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white">
        Filter
      </button>
      {/* A full load, not <Link>: it resets the form's uncontrolled fields, which a client navigation keeps. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the rule fires once /admin/orders/[id] exists */}
      <a href="/admin/orders?view=all" className="py-1.5 text-sm underline">
        Clear
      </a>
    </form>
  );
}
