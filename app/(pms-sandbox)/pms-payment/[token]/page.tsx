import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CardForm } from "@/app/(pms-sandbox)/_components/card-form";
import { OutcomePanel } from "@/app/(pms-sandbox)/_components/outcome-panel";
import { PaymentSummary } from "@/app/(pms-sandbox)/_components/payment-summary";
import { PaymentWatcher } from "@/app/(pms-sandbox)/_components/payment-watcher";
import { SandboxHeader } from "@/app/(pms-sandbox)/_components/sandbox-header";
import { WalletPanel } from "@/app/(pms-sandbox)/_components/wallet-panel";
import { decidePaymentAction } from "@/app/(pms-sandbox)/pms-payment/actions";
import { isSandboxEnabled, scanPageUrl } from "@/lib/pms-sandbox/mount";
import { getDictionary } from "@pms-kit/sandbox/dictionaries";
import { defaultLang, htmlLang, parseLang } from "@pms-kit/sandbox/lang";
import { getLogoDataUri } from "@pms-kit/sandbox";
import { loadPaymentWithClock } from "@/lib/pms-sandbox/payments";
import { choosePageLayout } from "@pms-kit/sandbox/display";
import { buildReturnTarget } from "@pms-kit/sandbox";
import { isPaymentType, paymentTypeInfo } from "@pms-kit/sandbox/payment-types";
import { asGwRefStatus } from "@pms-kit/sandbox/status";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page behind paymentUrl: what the shopper sees at "PMS". */
export default async function PaymentPage({ params, searchParams }: Props) {
  if (!isSandboxEnabled()) notFound();
  const [{ token }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const { payment, nowMs } = await loadPaymentWithClock(token);
  if (!payment || !isPaymentType(payment.type)) notFound();

  const lang = parseLang(payment.lang) ?? defaultLang;
  const dictionary = getDictionary(lang);
  const method = paymentTypeInfo[payment.type];
  const layout = choosePageLayout(query.layout, requestHeaders.get("user-agent"), payment.userAgent);
  const pc = layout === "pc";
  const status = asGwRefStatus(payment.status);
  const cardNotice = noticeText(query.notice, dictionary.page);

  const summary = (
    <PaymentSummary dictionary={dictionary} payment={payment} large={pc} />
  );

  const methodPanel =
    status !== "05" ? (
      <OutcomePanel dictionary={dictionary} status={status} returnHref={buildReturnTarget(payment)} />
    ) : method.kind === "card" ? (
      <CardForm dictionary={dictionary} token={token} type={payment.type} notice={cardNotice} />
    ) : (
      <WalletPanel dictionary={dictionary} token={token} scanUrl={scanPageUrl(token)} pc={pc} />
    );

  return (
    <div lang={htmlLang(lang)} data-layout={layout}>
      <SandboxHeader
        badge={dictionary.page.sandboxBadge}
        logo={await getLogoDataUri(payment.type)}
        methodName={method.langDesc[lang]}
        wide={pc}
      />
      <main
        className={
          pc
            ? "mx-auto grid max-w-5xl items-start gap-6 px-6 py-8 md:grid-cols-[1fr_400px]"
            : "mx-auto flex max-w-md flex-col gap-4 px-4 py-5"
        }
      >
        <h1 className="sr-only">{dictionary.page.title}</h1>
        <section className="flex flex-col gap-6 rounded-xl bg-white p-6 shadow-sm">
          {summary}
          {status === "05" ? (
            <PaymentWatcher
              statusUrl={`/pms-payment/${encodeURIComponent(token)}/status`}
              expiresAtMs={payment.expiresAt.getTime()}
              serverNowMs={nowMs}
              closesIn={dictionary.page.closesIn}
              closed={dictionary.page.closed}
            />
          ) : null}
        </section>
        <section className="rounded-xl bg-white p-6 shadow-sm" aria-label={dictionary.page.method}>
          {methodPanel}
          {status === "05" && payment.returnUrl ? (
            // Leaving without paying: the payment is declined, and the shopper goes back to the merchant's returnUrl.
            <form action={decidePaymentAction} className="mt-5 border-t border-slate-200 pt-4">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="decision" value="failure" />
              <button type="submit" className="text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-slate-900">
                {dictionary.page.cancelAndReturn}
              </button>
            </form>
          ) : null}
        </section>
      </main>
    </div>
  );
}

function noticeText(notice: unknown, t: ReturnType<typeof getDictionary>["page"]): string | undefined {
  if (notice === "unknown-card") return t.unknownCard;
  if (notice === "wrong-brand") return t.wrongBrand;
  if (notice === "no-answer") return t.noAnswer;
  if (notice === "invalid-expiry") return t.invalidExpiry;
  if (notice === "invalid-cvc") return t.invalidCvc;
  return undefined;
}
