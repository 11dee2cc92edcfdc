import { decidePaymentAction } from "@/app/(pms-sandbox)/pms-payment/actions";
import type { Dictionary } from "@pms-kit/sandbox/dictionaries";

/** Approve or decline as the shopper's wallet would; doing nothing lets the payment time out. */
export function WalletControls({
  dictionary,
  token,
  from,
  stacked,
}: {
  dictionary: Dictionary;
  token: string;
  from: "page" | "scan";
  stacked: boolean;
}) {
  const t = dictionary.page;
  return (
    <form action={decidePaymentAction} className={`grid gap-3 ${stacked ? "grid-cols-1" : "grid-cols-2"}`}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="from" value={from} />
      <button
        type="submit"
        name="decision"
        value="success"
        className="rounded-lg bg-emerald-600 px-5 py-3 font-semibold text-white hover:bg-emerald-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
      >
        {t.approve}
      </button>
      <button
        type="submit"
        name="decision"
        value="failure"
        className="rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-700"
      >
        {t.decline}
      </button>
    </form>
  );
}
