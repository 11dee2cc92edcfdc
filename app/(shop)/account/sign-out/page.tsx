import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getShopperSession } from "@/lib/accounts/session";
import { getStaffSession } from "@/lib/auth/staff";
import { NoticePanel } from "../../_components/notice-panel";
import { ShopperSignOut } from "../_components/shopper-sign-out";

export const metadata: Metadata = { robots: { index: false } };

/** next-auth's sign-out page (authOptions.pages.signOut); staff are sent to the back office's own. */
export default async function SignOutPage() {
  if (await getStaffSession()) redirect("/admin/sign-out");
  const [t, shopper] = await Promise.all([getTranslations("AuthPages"), getShopperSession()]);
  if (!shopper) return <NoticePanel title={t("signedOutTitle")} body={t("signedOutBody")} href="/account/sign-in" cta={t("backToSignIn")} />;
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("signOutTitle")}</h1>
      <p className="text-stone-600">{t("signOutBody")}</p>
      <ShopperSignOut label={t("signOutTitle")} />
    </section>
  );
}
