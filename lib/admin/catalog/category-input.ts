import { z } from "zod";
import type { LocalizedText } from "@/lib/db/schema";
import { languages, maxSlugLength, slugify, slugPattern, type Parsed } from "./product-input";

export type CategoryInput = { name: LocalizedText; description: LocalizedText; slug: string; position: number };

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const localized = (max: number, required: string) => z.object({ en: text(max).min(1, required), "zh-HK": text(max), "zh-CN": text(max) });

/** The categories editor's form: English name and description required, the slug made from the name when left empty. */
export function parseCategoryForm(form: Record<string, string>): Parsed<CategoryInput> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  const read = (prefix: string) => Object.fromEntries(languages.map((lang) => [lang, form[`${prefix}.${lang}`] ?? ""]));
  const name = localized(80, "An English name is required.").safeParse(read("name"));
  if (!name.success) for (const issue of name.error.issues) add(`name.${issue.path.join(".")}`, issue.message);
  const description = localized(500, "An English description is required.").safeParse(read("description"));
  if (!description.success) for (const issue of description.error.issues) add(`description.${issue.path.join(".")}`, issue.message);
  const slug = (form.slug ?? "").trim().toLowerCase() || slugify(name.success ? name.data.en : "");
  if (!slug) add("slug", "Give a slug: lower-case letters, digits and hyphens, like tea.");
  else if (slug.length > maxSlugLength || !slugPattern.test(slug)) add("slug", "A slug has lower-case letters, digits and single hyphens only, like out-and-about.");
  const positionRaw = (form.position ?? "").trim() || "0";
  if (!/^\d{1,4}$/.test(positionRaw)) add("position", "The order is a whole number from 0 to 9999; lower comes first.");
  if (!name.success || !description.success || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { name: name.data, description: description.data, slug, position: Number(positionRaw) } };
}
