import { notFound } from "next/navigation";
import { OutcomePanel } from "@/app/(pms-sandbox)/_components/outcome-panel";
import { PaymentSummary } from "@/app/(pms-sandbox)/_components/payment-summary";
import { SandboxHeader } from "@/app/(pms-sandbox)/_components/sandbox-header";
import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { getDictionary } from "@pms-kit/sandbox/dictionaries";
import { defaultLang, htmlLang, parseLang } from "@pms-kit/sandbox/lang";
import { loadPayment } from "@/lib/pms-sandbox/payments";
import { asGwRefStatus } from "@pms-kit/sandbox/status";

/** The spec's "default PMS result page", for a sale made without returnUrl. */
export default async function ResultPage({ params }: { params: Promise<{ token: string }> }) {
  if (!isSandboxEnabled()) notFound();
  const { token } = await params;
  const payment = await loadPayment(token);
  if (!payment) notFound();
  const lang = parseLang(payment.lang) ?? defaultLang;
  const dictionary = getDictionary(lang);

  return (
    <div lang={htmlLang(lang)}>
      <SandboxHeader badge={dictionary.page.sandboxBadge} wide={false} />
      <main className="mx-auto flex max-w-md flex-col gap-4 px-4 py-8">
        <section className="rounded-xl bg-white p-6 shadow-sm">
          <OutcomePanel
            dictionary={dictionary}
            status={asGwRefStatus(payment.status)}
            note={payment.returnUrl ? undefined : dictionary.page.defaultResultNote}
          />
        </section>
        <section className="rounded-xl bg-white p-6 shadow-sm">
          <PaymentSummary dictionary={dictionary} payment={payment} large={false} />
        </section>
      </main>
    </div>
  );
}
