import Link from "next/link";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { getDb } from "@/lib/db";
import { findVariantBySku, listLowStock, listStockMovements } from "@/lib/catalog/stock-ledger";
import { staffNamesByEmail } from "@/lib/staff/names";
import { nameOf } from "@/lib/staff/who";
import { AdminHeader } from "../../_components/admin-header";
import { formatHkTime } from "../../_components/hk-time";
import { StockForms } from "./stock-forms";

type Props = { searchParams: Promise<{ sku?: string | string[]; before?: string | string[] }> };

const kindLabels = { received: "Received", correction: "Correction", sold: "Sold", restocked: "Restocked" } as const;
const pageSize = 50;

/** Stock: what runs low, the forms that move it, and the ledger of every change (newest first, paged by id). */
export default async function StockPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const query = await searchParams;
  const sku = typeof query.sku === "string" ? query.sku.trim().slice(0, 64) : "";
  const before = typeof query.before === "string" && /^\d{1,15}$/.test(query.before) ? Number(query.before) : undefined;
  const db = await getDb();
  const variant = sku ? await findVariantBySku(db, sku) : undefined;
  const [low, ledger] = await Promise.all([
    listLowStock(db, { limit: 50 }),
    sku && !variant ? Promise.resolve([]) : listStockMovements(db, { variantId: variant?.id, before, limit: pageSize }),
  ]);
  const next = ledger.length === pageSize ? ledger.at(-1)!.id : undefined;
  // The ledger keeps the email written at the time; staff read names.
  const names = await staffNamesByEmail(db, ledger.map((row) => row.actor));
  return (
    <>
      <AdminHeader email={actor.email} current="stock" />
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 text-sm">
        <h1 className="text-xl font-bold">Stock</h1>
        <StockForms shopThreshold={low.shopThreshold} />
        <section aria-labelledby="low-heading" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="low-heading" className="mb-2 font-semibold">
            Low stock ({low.rows.length === 50 ? "the 50 emptiest" : low.rows.length}; at or below each variant&apos;s threshold, else the shop&apos;s {low.shopThreshold})
          </h2>
          {low.rows.length === 0 ? (
            <p>Nothing is running low.</p>
          ) : (
            <table className="w-full border-collapse" data-testid="low-stock">
              <thead>
                <tr className="border-b text-left">
                  <th className="p-2">SKU</th>
                  <th className="p-2">Product</th>
                  <th className="p-2">On the shelf</th>
                  <th className="p-2">Threshold</th>
                </tr>
              </thead>
              <tbody>
                {low.rows.map((row) => (
                  <tr key={row.variantId} className="border-b">
                    <td className="p-2">
                      <Link href={`/admin/stock?sku=${encodeURIComponent(row.sku)}`} className="underline">
                        {row.sku}
                      </Link>
                    </td>
                    <td className="p-2">{row.productName.en}</td>
                    <td className={`p-2 font-semibold ${row.stock === 0 ? "text-red-700" : ""}`}>{row.stock === 0 ? "0 (sold out)" : row.stock}</td>
                    <td className="p-2">{row.threshold}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="ledger-heading" className="flex flex-col gap-3">
          <h2 id="ledger-heading" className="font-semibold">
            Ledger{variant ? ` of ${variant.sku} (${variant.productName.en}, ${variant.stock} on the shelf)` : ""}
          </h2>
          <form method="get" className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1 font-medium">
              SKU
              <input name="sku" defaultValue={sku} maxLength={64} className="rounded-md border border-slate-300 px-2 py-1 font-normal" />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1">
              Show
            </button>
            {sku && (
              <Link href="/admin/stock" className="underline">
                All variants
              </Link>
            )}
          </form>
          {sku && !variant && <p role="alert">No variant has the SKU {sku}.</p>}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white" data-testid="stock-ledger">
              <thead>
                <tr className="border-b text-left">
                  <th className="p-2">When (HKT)</th>
                  <th className="p-2">SKU</th>
                  <th className="p-2">What</th>
                  <th className="p-2">Change</th>
                  <th className="p-2">After</th>
                  <th className="p-2">Who</th>
                  <th className="p-2">Why</th>
                </tr>
              </thead>
              <tbody>
                {ledger.map((row) => (
                  <tr key={row.id} className="border-b align-top" data-testid="ledger-row">
                    <td className="p-2 whitespace-nowrap">{formatHkTime(row.createdAt)}</td>
                    <td className="p-2">{row.sku}</td>
                    <td className="p-2">{kindLabels[row.kind]}</td>
                    <td className="p-2 font-semibold">{row.delta > 0 ? `+${row.delta}` : row.delta}</td>
                    <td className="p-2">{row.stockAfter}</td>
                    <td className="p-2">{row.actor === "shop" ? "Shop (paid order)" : nameOf(names, row.actor)}</td>
                    <td className="p-2">
                      {row.orderId ? (
                        <Link href={`/admin/orders/${row.orderId}`} className="underline">
                          {row.reason}
                        </Link>
                      ) : (
                        row.reason
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ledger.length === 0 && <p>No stock changes recorded yet.</p>}
          {next && (
            <Link href={`/admin/stock?${new URLSearchParams({ ...(sku && { sku }), before: String(next) })}`} className="self-start underline">
              Older changes
            </Link>
          )}
        </section>
      </main>
    </>
  );
}
