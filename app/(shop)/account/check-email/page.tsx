import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticePanel } from "../../_components/notice-panel";

export const metadata: Metadata = { robots: { index: false } };

/** next-auth's verify-request page (authOptions.pages.verifyRequest): after a link was asked for by posting to next-auth itself. */
export default async function CheckEmailPage() {
  const t = await getTranslations("AuthPages");
  return <NoticePanel title={t("checkEmailTitle")} body={t("checkEmailBody")} href="/account/sign-in" cta={t("backToSignIn")} />;
}
