import { getTranslations } from "next-intl/server";
import { NoticePanel } from "@/app/(shop)/_components/notice-panel";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return <NoticePanel title={t("notFoundTitle")} body={t("notFoundBody")} href="/" cta={t("goHome")} />;
}
