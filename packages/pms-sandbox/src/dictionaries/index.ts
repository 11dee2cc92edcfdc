import type { SandboxLang } from "../lang";
import { en, type Dictionary } from "./en";
import { zhCn } from "./zh-cn";
import { zhHk } from "./zh-hk";

export type { Dictionary } from "./en";

const dictionaries: Record<SandboxLang, Dictionary> = { zh_hk: zhHk, zh_cn: zhCn, en };

export function getDictionary(lang: SandboxLang): Dictionary {
  return dictionaries[lang];
}
