import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestSignInLinkAction } from "@/lib/accounts/actions";
import { safeCallbackPath } from "@/lib/accounts/links";
import { getShopperSession } from "@/lib/accounts/session";
import { LinkRequestForm } from "../_components/link-request-form";

export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShopperSignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getShopperSession()) redirect(callbackUrl);
  const t = await getTranslations("Account");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="text-stone-600">{t("signInIntro")}</p>
      <LinkRequestForm
        action={requestSignInLinkAction}
        fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email" }]}
        submitLabel={t("sendLink")}
        hidden={{ callbackUrl }}
      />
      <Link href="/account/find-order" className="text-harbour-700 underline">
        {t("findOrderLink")}
      </Link>
    </section>
  );
}
