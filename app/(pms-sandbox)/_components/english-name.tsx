import type { SandboxLang } from "@/lib/pms-sandbox/lang";

/**
 * A sandbox control's label: the page's language for the eye, and always the
 * English name for assistive technology and test scripts ("Approve payment"),
 * so the same accessible name works whatever the sale's language.
 */
export function EnglishName({ lang, local, english }: { lang: SandboxLang; local: string; english: string }) {
  if (lang === "en") return <>{english}</>;
  return (
    <>
      <span aria-hidden="true">{local}</span> <span lang="en" className="text-[0.85em] opacity-80">{english}</span>
    </>
  );
}
