/** The sandbox's three languages, in the spelling of the spec's requests. */
export const sandboxLangs = ["zh_hk", "zh_cn", "en"] as const;
export type SandboxLang = (typeof sandboxLangs)[number];

export const defaultLang: SandboxLang = "zh_hk";

// docs/pms/NOTES.md #5: any case, `_` or `-`, and the TC/SC/EN codes PMS itself answers with.
const aliases: Record<string, SandboxLang> = {
  zh_hk: "zh_hk",
  tc: "zh_hk",
  zh_cn: "zh_cn",
  sc: "zh_cn",
  en: "en",
};

/** The language a `lang` field names, or undefined when it names none. */
export function parseLang(value: unknown): SandboxLang | undefined {
  if (typeof value !== "string") return undefined;
  const key = value.trim().toLowerCase().replace(/-/g, "_");
  if (/^en_[a-z]{2}$/.test(key)) return "en";
  return Object.hasOwn(aliases, key) ? aliases[key] : undefined;
}

const codes: Record<SandboxLang, "TC" | "SC" | "EN"> = { zh_hk: "TC", zh_cn: "SC", en: "EN" };
const htmlLangs: Record<SandboxLang, string> = { zh_hk: "zh-HK", zh_cn: "zh-CN", en: "en" };

/** The code PMS answers with (`"lang": "TC"` in the spec's sales response). */
export function langCode(lang: SandboxLang): "TC" | "SC" | "EN" {
  return codes[lang];
}

export function htmlLang(lang: SandboxLang): string {
  return htmlLangs[lang];
}
