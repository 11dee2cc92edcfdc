import Link from "next/link";
import { orderFilterQuery, parseOrderFilter } from "@/lib/admin/order-filters";
import { countOrdersToFulfil, listOrdersForStaff, orderListLimit } from "@/lib/admin/order-list";
import { listDailyTakings } from "@/lib/admin/takings";
import { requireStaff } from "@/lib/auth/staff";
import { AdminHeader } from "../../_components/admin-header";
import { OrderFilterForm } from "../../_components/order-filter-form";
import { OrdersTable } from "../../_components/orders-table";
import { TakingsChart } from "../../_components/takings-chart";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  const staff = await requireStaff();
  const { filter, problems } = parseOrderFilter(await searchParams);
  const [{ rows, truncated }, toFulfil, takings] = await Promise.all([
    listOrdersForStaff(filter),
    countOrdersToFulfil(),
    listDailyTakings({ days: 30, now: new Date() }),
  ]);
  const views = [
    { view: "to-fulfil", label: `To fulfil (${toFulfil})` },
    { view: "all", label: "All orders" },
  ] as const;
  const shown = `${rows.length} ${rows.length === 1 ? "order" : "orders"}${truncated ? `, the newest ${orderListLimit}: narrow the filter to see older ones` : ""}`;
  return (
    <>
      <AdminHeader email={staff.email} current="orders" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <h1 className="text-2xl font-bold">Orders</h1>
        <nav aria-label="Order views" className="flex flex-wrap items-center gap-2">
          {views.map(({ view, label }) => (
            <Link
              key={view}
              href={`/admin/orders?view=${view}`}
              aria-current={view === filter.view ? "page" : undefined}
              className={`rounded-full px-3 py-1 text-sm ${view === filter.view ? "bg-slate-900 text-white" : "border border-slate-300 bg-white"}`}
            >
              {label}
            </Link>
          ))}
          {/* A plain link: the file downloads, with the same filter as the table. */}
          <a href={`/admin/orders/export.csv?${orderFilterQuery(filter)}`} className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-1 text-sm">
            Download CSV
          </a>
        </nav>
        <OrderFilterForm filter={filter} />
        {problems.length > 0 && (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            <ul className="list-disc pl-5">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <OrdersTable rows={rows} caption={`${filter.view === "to-fulfil" ? "Orders to fulfil" : "Orders"}: ${shown}, newest first`} />
        <TakingsChart takings={takings} />
      </main>
    </>
  );
}
