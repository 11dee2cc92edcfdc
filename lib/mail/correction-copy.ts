import type { Locale } from "@/i18n/locales";

/**
 * The words a corrected shipping notice adds to the shipping notice's own
 * (Mail.shipped in messages/*.json, which it reuses). Kept here, typed per
 * locale so a missing language fails the type check, because the message
 * catalogues were being reworked for the shop pages at the same time; they
 * can move into the Mail namespace later.
 */
export const correctionCopy: Record<Locale, { subjectPrefix: string; lead: string }> = {
  en: {
    subjectPrefix: "Correction: ",
    lead: "We gave you the wrong shipping details for this order. These are the right ones; please use them instead of those in our earlier email.",
  },
  "zh-HK": {
    subjectPrefix: "更正：",
    lead: "我們早前提供的寄送資料有誤。以下是正確資料，請以此為準，不要使用較早電郵中的資料。",
  },
  "zh-CN": {
    subjectPrefix: "更正：",
    lead: "我们之前提供的寄送信息有误。以下是正确信息，请以此为准，不要使用较早邮件中的信息。",
  },
};
