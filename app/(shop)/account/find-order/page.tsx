import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findOrderAction } from "@/lib/accounts/actions";
import { LinkRequestForm } from "../_components/link-request-form";

export const metadata: Metadata = { robots: { index: false } };

export default async function FindOrderPage() {
  const t = await getTranslations("Account");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("findOrderTitle")}</h1>
      <p className="text-stone-600">{t("findOrderIntro")}</p>
      <LinkRequestForm
        action={findOrderAction}
        fields={[
          { name: "email", label: t("email"), type: "email", autoComplete: "email" },
          { name: "orderRef", label: t("orderRef") },
        ]}
        submitLabel={t("findOrder")}
      />
      <Link href="/account/sign-in" className="text-harbour-700 underline">
        {t("signInLink")}
      </Link>
    </section>
  );
}
