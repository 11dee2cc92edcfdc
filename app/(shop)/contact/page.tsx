import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { merchant } from "@/lib/merchant";
import { merchantValues, trustMetadata } from "../_components/trust-page";

export async function generateMetadata(): Promise<Metadata> {
  return trustMetadata("contact");
}

export default async function ContactPage() {
  const [t, values] = await Promise.all([getTranslations("Trust.contact"), merchantValues()]);
  const rows = [
    { label: t("email"), value: <a href={`mailto:${merchant.email}`} className="text-harbour-700 underline">{merchant.email}</a> },
    { label: t("phone"), value: <a href={`tel:${merchant.phone.replace(/\s/g, "")}`} className="text-harbour-700 underline">{merchant.phone}</a> },
    { label: t("store"), value: values.address },
    { label: t("hours"), value: values.hours },
    { label: t("company"), value: t("companyValue", values) },
  ];
  return (
    <article className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro", values)}</p>
      </header>
      <dl className="grid gap-x-6 gap-y-3 rounded-2xl border border-stone-200 bg-white p-5 sm:grid-cols-[auto_1fr]" data-testid="merchant-details">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="text-stone-700">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-stone-700">{t("orderHelp")}</p>
    </article>
  );
}
