import { notFound } from "next/navigation";
import { OutcomePanel } from "@/app/(pms-sandbox)/_components/outcome-panel";
import { PaymentSummary } from "@/app/(pms-sandbox)/_components/payment-summary";
import { SandboxHeader } from "@/app/(pms-sandbox)/_components/sandbox-header";
import { WalletControls } from "@/app/(pms-sandbox)/_components/wallet-controls";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { getDictionary } from "@pms-kit/sandbox/dictionaries";
import { defaultLang, htmlLang, parseLang } from "@pms-kit/sandbox/lang";
import { getLogoDataUri } from "@pms-kit/sandbox";
import { loadPayment } from "@/lib/pms-sandbox/payments";
import { isPaymentType, paymentTypeInfo } from "@pms-kit/sandbox/payment-types";
import { asGwRefStatus } from "@pms-kit/sandbox/status";

/**
 * What the QR code opens on a phone: the "wallet app" of the sandbox, where
 * a person approves or declines. The browser showing the QR code notices
 * the outcome by itself and moves on to the merchant.
 */
export default async function ScanPage({ params }: { params: Promise<{ token: string }> }) {
  if (!isSandboxEnabled()) notFound();
  const { token } = await params;
  const payment = await loadPayment(token);
  if (!payment || !isPaymentType(payment.type)) notFound();
  const lang = parseLang(payment.lang) ?? defaultLang;
  const dictionary = getDictionary(lang);
  const status = asGwRefStatus(payment.status);

  return (
    <div lang={htmlLang(lang)}>
      <SandboxHeader
        badge={dictionary.page.sandboxBadge}
        logo={await getLogoDataUri(payment.type)}
        methodName={paymentTypeInfo[payment.type].langDesc[lang]}
        wide={false}
      />
      <main className="mx-auto flex max-w-md flex-col gap-4 px-4 py-5">
        <h1 className="text-lg font-semibold">{dictionary.page.scanTitle}</h1>
        <section className="rounded-xl bg-white p-6 shadow-sm">
          <PaymentSummary dictionary={dictionary} payment={payment} large={false} />
        </section>
        <section className="rounded-xl bg-white p-6 shadow-sm">
          {status === "05" ? (
            <WalletControls dictionary={dictionary} token={token} from="scan" stacked />
          ) : (
            <OutcomePanel dictionary={dictionary} status={status} note={dictionary.page.scanDone} />
          )}
        </section>
      </main>
    </div>
  );
}
