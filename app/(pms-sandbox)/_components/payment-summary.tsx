import type { Dictionary } from "@pms-kit/sandbox/dictionaries";
import { formatAmount, readExtendParam } from "@pms-kit/sandbox/display";

type SaleFacts = { amt: number; rrn: string; extendParam: string };

/** Amount, goods, seller (from extendParam, docs/pms/NOTES.md #8) and rrn of a sale. */
export function PaymentSummary({ dictionary, payment, large }: { dictionary: Dictionary; payment: SaleFacts; large: boolean }) {
  const t = dictionary.page;
  const amount = formatAmount(payment.amt);
  const { seller, subject } = readExtendParam(payment.extendParam);
  const rrn = payment.rrn;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-500">{t.amount}</p>
        <p className={`font-bold tracking-tight ${large ? "text-4xl" : "text-3xl"}`} data-testid="pms-amount">
          {amount}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {subject ? (
          <>
            <dt className="text-slate-500">{t.subject}</dt>
            <dd className="font-medium">{subject}</dd>
          </>
        ) : null}
        {seller ? (
          <>
            <dt className="text-slate-500">{t.seller}</dt>
            <dd className="font-medium">{seller}</dd>
          </>
        ) : null}
        <dt className="text-slate-500">{t.reference}</dt>
        <dd className="font-mono text-xs leading-5 break-all">{rrn}</dd>
      </dl>
    </div>
  );
}
