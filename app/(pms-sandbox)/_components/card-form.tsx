import { payByCardAction } from "@/app/(pms-sandbox)/pms-payment/actions";
import type { Dictionary } from "@/lib/pms-sandbox/dictionaries";
import type { SandboxLang } from "@/lib/pms-sandbox/lang";
import { formatCardNumber, testCardsFor, type CardResult } from "@/lib/pms-sandbox/payment/test-cards";
import { EnglishName } from "./english-name";

/** The card form of VMPAY and UNIONPAY; the test card number decides the outcome. */
export function CardForm({
  dictionary,
  lang,
  token,
  type,
  notice,
}: {
  dictionary: Dictionary;
  lang: SandboxLang;
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
  return (
    <div className="flex flex-col gap-5">
      <form action={payByCardAction} className="flex flex-col gap-3">
        <input type="hidden" name="token" value={token} />
        <label htmlFor="pms-card-number" className="text-sm font-medium">
          <EnglishName lang={lang} local={t.cardNumber} english="Card number" />
        </label>
        <input
          id="pms-card-number"
          name="cardNumber"
          inputMode="numeric"
          autoComplete="off"
          placeholder="4242 4242 4242 4242"
          required
          aria-describedby={notice ? "pms-card-notice" : undefined}
          className="rounded-lg border border-slate-300 px-3 py-2.5 font-mono text-lg tracking-wider focus:border-slate-500 focus:outline-none"
        />
        {notice ? (
          <p id="pms-card-notice" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {notice}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            className="flex-1 rounded-lg bg-slate-900 px-5 py-3 font-semibold text-white hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
          >
            <EnglishName lang={lang} local={t.pay} english="Pay" />
          </button>
        </div>
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
                {card.brand} · {resultText[card.result]}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
