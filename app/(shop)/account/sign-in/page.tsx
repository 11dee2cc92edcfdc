import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestSignInLinkAction } from "@/lib/accounts/actions";
import { safeCallbackPath } from "@/lib/accounts/links";
import { getShopperSession } from "@/lib/accounts/session";
import { staffAuthErrorCodes } from "@/lib/auth/auth-pages";
import { LinkRequestForm } from "../_components/link-request-form";

export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ShopperSignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(query.callbackUrl);
  // next-auth sends every sign-in error here (authOptions.pages.signIn): a staff one belongs to the staff page.
  const error = typeof query.error === "string" ? query.error : undefined;
  if (error && staffAuthErrorCodes.has(error)) redirect(`/admin/sign-in?error=${encodeURIComponent(error)}`);
  if (await getShopperSession()) redirect(callbackUrl);
  const [t, tAuth] = await Promise.all([getTranslations("Account"), getTranslations("AuthPages")]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="text-stone-600">{t("signInIntro")}</p>
      {error && (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {tAuth(error === "Verification" ? "verificationBody" : error === "EmailSignin" ? "emailSignin" : "errorBody")}
        </p>
      )}
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
