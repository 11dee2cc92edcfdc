import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticePanel } from "../../_components/notice-panel";

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountClosedPage() {
  const t = await getTranslations("Account");
  return <NoticePanel title={t("closedTitle")} body={t("closedBody")} href="/" cta={t("closedCta")} />;
}
