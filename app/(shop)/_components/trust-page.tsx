import { getLocale, getTranslations } from "next-intl/server";
import { brandName, merchant } from "@/lib/merchant";

export type TrustPageKey = "contact" | "delivery" | "returns" | "privacy" | "terms";

/** The merchant's details every trust page may name, in the reader's language (lib/merchant.ts). */
export async function merchantValues() {
  const locale = await getLocale();
  return {
    shop: brandName(locale),
    legalName: merchant.legalName,
    br: merchant.businessRegistration,
    address: merchant.address[locale],
    hours: merchant.openingHours[locale],
    email: merchant.email,
    phone: merchant.phone,
    privacyEmail: merchant.privacyEmail,
    years: merchant.recordsYears,
    days: merchant.returnDays,
  };
}

/**
 * A page about the shop (delivery, returns, privacy, terms): a heading, an introduction and
 * sections, each a heading and paragraphs (one per line of its message). The words live in
 * messages/*.json under Trust.<page>; the figures come in as `values`.
 */
export async function TrustPage({
  page,
  sections,
  values,
  children,
}: {
  page: TrustPageKey;
  sections: string[];
  values: Record<string, string | number>;
  children?: React.ReactNode;
}) {
  const t = await getTranslations(`Trust.${page}`);
  return (
    <article className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro", values)}</p>
      </header>
      {children}
      {sections.map((section) => (
        <section key={section} className="flex flex-col gap-2" data-testid={`trust-${section}`}>
          <h2 className="text-lg font-semibold">{t(`${section}Heading`)}</h2>
          {t(section, values)
            .split("\n")
            .map((paragraph) => (
              <p key={paragraph} className="text-stone-700">
                {paragraph}
              </p>
            ))}
        </section>
      ))}
    </article>
  );
}

export async function trustMetadata(page: TrustPageKey) {
  const t = await getTranslations(`Trust.${page}`);
  return { title: t("title") };
}
