import Link from "next/link";
import { orderFilterQuery, parseOrderFilter } from "@/lib/admin/order-filters";
import { describeCount, parseKeysetPage } from "@/lib/admin/keyset";
import { countOrdersForStaff, countOrdersToFulfil, listOrdersForStaff } from "@/lib/admin/order-list";
import { listDailyTakings } from "@/lib/admin/takings";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { AdminHeader } from "../../_components/admin-header";
import { KeysetPager } from "../../_components/keyset-pager";
import { OrderFilterForm } from "../../_components/order-filter-form";
import { OrdersTable } from "../../_components/orders-table";
import { TakingsChart } from "../../_components/takings-chart";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const params = await searchParams;
  const { filter, problems } = parseOrderFilter(params);
  const page = parseKeysetPage(params, problems);
  const [{ rows, newer, older }, found, toFulfil, takings] = await Promise.all([
    listOrdersForStaff(actor, filter, page),
    countOrdersForStaff(actor, filter),
    countOrdersToFulfil(actor),
    listDailyTakings(actor, { days: 30, now: new Date() }),
  ]);
  const views = [
    { view: "to-fulfil", label: `To fulfil (${toFulfil.capped ? `${toFulfil.n.toLocaleString("en")}+` : toFulfil.n})` },
    { view: "all", label: "All orders" },
  ] as const;
  const shown = `${describeCount(found, ["order", "orders"])}${found.capped ? " (counted up to 1,000)" : ""}, ${rows.length} on this page`;
  const base = `/admin/orders?${orderFilterQuery(filter)}`;
  return (
    <>
      <AdminHeader email={actor.email} current="orders" />
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
        <KeysetPager label="Order pages" base={base} newer={newer} older={older} paged={page.direction !== "first"} />
        <TakingsChart takings={takings} />
      </main>
    </>
  );
}
