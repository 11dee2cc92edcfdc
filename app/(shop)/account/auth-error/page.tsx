import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffAuthErrorCodes } from "@/lib/auth/auth-pages";

export const metadata: Metadata = { robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * next-auth's error page (authOptions.pages.error), in the shop's chrome and language. A used or
 * expired sign-in link ("Verification") is the usual way here: it leads back to the shopper's
 * sign-in for a new link. A staff sign-in error goes to the staff sign-in page, which says it there.
 */
export default async function AuthErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const code = typeof error === "string" ? error : "";
  if (staffAuthErrorCodes.has(code)) redirect(`/admin/sign-in?error=${encodeURIComponent(code)}`);
  const t = await getTranslations();
  const verification = code === "Verification";
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t(verification ? "AuthPages.verificationTitle" : "AuthPages.errorTitle")}</h1>
      <p className="text-stone-600">{t(verification ? "AuthPages.verificationBody" : "AuthPages.errorBody")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/account/sign-in" className="rounded-full bg-harbour-600 px-6 py-2.5 font-semibold text-white hover:bg-harbour-700">
          {t(verification ? "AuthPages.newLink" : "AuthPages.backToSignIn")}
        </Link>
        <Link href="/account/find-order" className="rounded-full border border-harbour-600 px-6 py-2.5 font-semibold text-harbour-700 hover:bg-harbour-50">
          {t("Account.findOrderLink")}
        </Link>
      </div>
    </section>
  );
}
