import { payByCardAction } from "@/app/(pms-sandbox)/pms-payment/actions";
import type { Dictionary } from "@pms-kit/sandbox/dictionaries";
import { formatCardNumber, testCardsFor, type CardResult } from "@pms-kit/sandbox/test-cards";

const field =
  "rounded-lg border border-slate-300 px-3 py-2.5 font-mono text-lg tracking-wider focus:border-slate-500 focus:outline-none";

/** The card form of VMPAY and UNIONPAY: number, expiry and CVC; the test card number decides the outcome. */
export function CardForm({
  dictionary,
  token,
  type,
  notice,
}: {
  dictionary: Dictionary;
  token: string;
  type: string;
  notice?: string;
}) {
  const t = dictionary.page;
  const resultText: Record<CardResult, string> = {
    success: t.cardApproves,
    failure: t.cardDeclines,
    "no-answer": t.cardNoAnswer,
  };
  const described = notice ? "pms-card-notice" : undefined;
  return (
    <div className="flex flex-col gap-5">
      <form action={payByCardAction} className="flex flex-col gap-3">
        <input type="hidden" name="token" value={token} />
        <label htmlFor="pms-card-number" className="text-sm font-medium">
          {t.cardNumber}
        </label>
        <input
          id="pms-card-number"
          name="cardNumber"
          inputMode="numeric"
          autoComplete="off"
          placeholder="4242 4242 4242 4242"
          required
          aria-describedby={described}
          className={field}
        />
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col gap-1.5">
            <label htmlFor="pms-card-expiry" className="text-sm font-medium">
              {t.expiry}
            </label>
            <input
              id="pms-card-expiry"
              name="expiry"
              inputMode="numeric"
              autoComplete="off"
              placeholder="12/30"
              maxLength={7}
              required
              aria-describedby={described}
              className={field}
            />
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="pms-card-cvc" className="text-sm font-medium">
              {t.cvc}
            </label>
            <input
              id="pms-card-cvc"
              name="cvc"
              inputMode="numeric"
              autoComplete="off"
              placeholder="123"
              maxLength={4}
              required
              aria-describedby={described}
              className={field}
            />
          </div>
        </div>
        {notice ? (
          <p id="pms-card-notice" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {notice}
          </p>
        ) : null}
        <button
          type="submit"
          className="rounded-lg bg-slate-900 px-5 py-3 font-semibold text-white hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
        >
          {t.pay}
        </button>
      </form>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700">{t.testCards}</h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {testCardsFor(type).map((card) => (
            <div key={card.number} className="contents">
              <dt>
                <code className="font-mono whitespace-nowrap">{formatCardNumber(card.number)}</code>
              </dt>
              <dd className="text-slate-500">
                {card.brand === "UnionPay" ? t.unionPay : card.brand} · {resultText[card.result]}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-slate-500">{t.testCardRules}</p>
      </div>
    </div>
  );
}
