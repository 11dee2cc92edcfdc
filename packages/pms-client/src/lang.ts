// The mapper from a shop's interface languages (BCP 47 tags) to the PMS spelling.
export type AppLocale = "en" | "zh-HK" | "zh-CN";

export const pmsLangs = ["en", "zh_hk", "zh_cn"] as const;
export type PmsLang = (typeof pmsLangs)[number];

const toPms: Record<AppLocale, PmsLang> = { en: "en", "zh-HK": "zh_hk", "zh-CN": "zh_cn" };

/** The spelling we always send (docs/pms/NOTES.md #5). */
export function toPmsLang(locale: AppLocale): PmsLang {
  return toPms[locale];
}

// The vendor writes zh_hk, zh-HK and "TC" for the same thing; accept all of them (docs/pms/NOTES.md #5).
const aliases: Record<string, PmsLang> = {
  en: "en",
  zh_hk: "zh_hk",
  tc: "zh_hk",
  zh_tw: "zh_hk",
  zh_hant: "zh_hk",
  zh_hant_hk: "zh_hk",
  zh_cn: "zh_cn",
  sc: "zh_cn",
  zh_hans: "zh_cn",
  zh_hans_cn: "zh_cn",
};

/** Tolerant: any case, `_` or `-`, TC/SC/EN, en-GB style English. Unknown or empty → undefined. */
export function parsePmsLang(value: unknown): PmsLang | undefined {
  if (typeof value !== "string") return undefined;
  const key = value.trim().toLowerCase().replace(/-/g, "_");
  if (key === "") return undefined;
  if (/^en_[a-z]{2}$/.test(key)) return "en";
  return Object.hasOwn(aliases, key) ? aliases[key] : undefined;
}
