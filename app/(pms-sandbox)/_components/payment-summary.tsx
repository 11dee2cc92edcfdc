import type { Dictionary } from "@/lib/pms-sandbox/dictionaries";

export function PaymentSummary({
  dictionary,
  amount,
  seller,
  subject,
  rrn,
  large,
}: {
  dictionary: Dictionary;
  amount: string;
  seller?: string;
  subject?: string;
  rrn: string;
  large: boolean;
}) {
  const t = dictionary.page;
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
