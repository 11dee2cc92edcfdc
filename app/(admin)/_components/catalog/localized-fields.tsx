import type { LocalizedText } from "@/lib/db/schema";
import { languageLabels, languages } from "@/lib/admin/catalog/text";
import { FieldError, fieldId, inputClass } from "./field-error";

type Props = {
  /** "name" or "description": the form sends `name.en`, `name.zh-HK`, `name.zh-CN`. */
  name: string;
  label: string;
  defaults: LocalizedText | undefined;
  errors: Record<string, string[] | undefined> | undefined;
  multiline?: boolean;
  maxLength: number;
  onEnglishChange?: (value: string) => void;
};

/** One text in the shop's three languages. English is required; an empty Chinese text shows English in the shop. */
export function LocalizedFields({ name, label, defaults, errors, multiline = false, maxLength, onEnglishChange }: Props) {
  return (
    <div className="grid gap-3 md:grid-cols-3">
      {languages.map((lang) => {
        const field = `${name}.${lang}`;
        const id = fieldId(field);
        const error = errors?.[field];
        const common = {
          id,
          name: field,
          defaultValue: defaults?.[lang] ?? "",
          maxLength,
          required: lang === "en",
          "aria-invalid": Boolean(error),
          "aria-describedby": `${id}-error`,
          className: `${inputClass} ${multiline ? "min-h-24" : ""}`,
          ...(lang === "en" && onEnglishChange && { onChange: (event: { target: { value: string } }) => onEnglishChange(event.target.value) }),
          ...(lang !== "en" && { lang }),
        };
        return (
          <div key={lang} className="flex flex-col gap-1 text-sm font-medium">
            <label htmlFor={id}>
              {label} ({languageLabels[lang]}){lang === "en" ? " *" : ""}
            </label>
            {multiline ? <textarea {...common} /> : <input {...common} />}
            <FieldError id={`${id}-error`} errors={error} />
          </div>
        );
      })}
    </div>
  );
}
