/** The editor's languages and slugs: no imports, so the browser's editor can use them too. */
export const languages = ["en", "zh-HK", "zh-CN"] as const;
export const languageLabels: Record<(typeof languages)[number], string> = { en: "English", "zh-HK": "繁體中文", "zh-CN": "简体中文" };

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxSlugLength = 100;

/** A URL slug from an English name: "Star Ferry Tote (Green)" → "star-ferry-tote-green". Empty when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxSlugLength)
    .replace(/-+$/, "");
}
