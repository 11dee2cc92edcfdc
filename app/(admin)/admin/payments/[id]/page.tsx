import Link from "next/link";
import { notFound } from "next/navigation";
import { getPaymentStoryForStaff } from "@/lib/admin/queries";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { methodLabel } from "@/lib/admin/method-labels";
import { formatHkd } from "@/lib/money";
import { formatHkTime } from "../../../_components/hk-time";
import { AdminHeader } from "../../../_components/admin-header";
import { FlagBadge, StatusBadge, UnreachableBadge } from "../../../_components/payment-badges";
import { RecheckForm } from "../../../_components/recheck-form";
import { orderReference } from "@/lib/orders/reference";

type Props = { params: Promise<{ id: string }> };


export default async function PaymentStoryPage({ params }: Props) {
  const actor = await staffForPage();
  const story = await getPaymentStoryForStaff(actor, { id: (await params).id });
  if (!story) notFound();
  const { payment, order, items, attempts, events, notifications } = story;
  return (
    <>
      <AdminHeader email={actor.email} />
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <Link href="/admin" className="text-sm underline">
          ← All payments
        </Link>
        <header className="flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-xl font-bold">rrn {payment.rrn}</h1>
          <StatusBadge status={payment.status} />
          <FlagBadge flag={payment.flag} />
          <UnreachableBadge since={payment.pmsUnreachableSince} />
        </header>
        {payment.pmsUnreachableSince && (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
            PMS could not be asked about this payment since {formatHkTime(payment.pmsUnreachableSince)} (HKT). It is asked
            again on a back-off and is never closed for this; check PMS&apos;s own console if it lasts.
          </p>
        )}
        {payment.flagReason && <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-900">{payment.flagReason}</p>}
        <RecheckForm paymentId={payment.id} />

        <section className="grid gap-4 md:grid-cols-2">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-slate-200 bg-white p-4 text-sm">
            <dt className="text-slate-500">Method</dt>
            <dd>
              {methodLabel(payment.method)} <span className="font-mono text-xs text-slate-500">{payment.method}</span>
            </dd>
            <dt className="text-slate-500">Amount</dt>
            <dd>
              {formatHkd(payment.amountCents)} ({payment.amountCents} cents {payment.currency})
            </dd>
            <dt className="text-slate-500">Store</dt>
            <dd>{payment.storeCode}</dd>
            <dt className="text-slate-500">Gateway ref</dt>
            <dd className="font-mono text-xs">{payment.gwRefCode ?? "—"}</dd>
            <dt className="text-slate-500">PMS timeout</dt>
            <dd>{formatHkTime(payment.pmsTimeoutAt)}</dd>
            <dt className="text-slate-500">Next check</dt>
            <dd>{payment.nextCheckAt ? `${formatHkTime(payment.nextCheckAt)} (${payment.checkCount} so far)` : "none: final or held"}</dd>
          </dl>
          <div className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
            <p className="mb-2 font-semibold">
              <Link href={`/admin/orders/${order.id}`} className="underline">
                Order {orderReference(order.id)}
              </Link>{" "}
              · {order.status} · {formatHkd(order.totalCents)}
            </p>
            <ul className="mb-3 list-inside list-disc">
              {items.map((item) => (
                <li key={item.id}>
                  {item.name.en} × {item.quantity} = {formatHkd(item.lineTotalCents)}
                </li>
              ))}
            </ul>
            <p className="font-semibold">Attempts of this order</p>
            <ul>
              {attempts.map((attempt) => (
                <li key={attempt.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/payments/${attempt.id}`} className="font-mono text-xs underline">
                    {attempt.rrn}
                  </Link>
                  {methodLabel(attempt.method)} <StatusBadge status={attempt.status} />
                  {order.paidPaymentId === attempt.id && <span className="text-xs font-semibold">paid the order</span>}
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section>
          <h2 className="mb-2 text-lg font-semibold">Story</h2>
          <ol className="flex flex-col gap-2" data-testid="payment-story">
            {events.map((event) => (
              <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p>
                  <span className="font-semibold">{event.kind}</span> · {event.source} · {formatHkTime(event.createdAt)}
                  {event.fromStatus || event.toStatus ? ` · ${event.fromStatus ?? "—"} → ${event.toStatus ?? "—"}` : ""}
                </p>
                {event.detail && <p className="text-slate-600">{event.detail}</p>}
                {event.pmsAnswer !== null && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-slate-500">PMS answer</summary>
                    <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-[11px]">{JSON.stringify(event.pmsAnswer, null, 2)}</pre>
                  </details>
                )}
              </li>
            ))}
          </ol>
        </section>

        <section>
          <h2 className="mb-2 text-lg font-semibold">Webhook notifications</h2>
          {notifications.length === 0 ? (
            <p className="text-sm text-slate-500">None received.</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {notifications.map((n) => (
                <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-3">
                  Received {formatHkTime(n.receivedAt)} · {n.receivedCount} cop{n.receivedCount === 1 ? "y" : "ies"} ·{" "}
                  {n.processedAt ? `confirmed ${formatHkTime(n.processedAt)}` : `waiting (attempt ${n.attempts})`}
                  {n.lastError && <span className="text-rose-700"> · {n.lastError}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  );
}
