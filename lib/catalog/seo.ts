import type { Metadata } from "next";
import type { Locale } from "@/i18n/locales";
import type { ProductVariant } from "@/lib/db/schema";

const ogLocale: Record<Locale, string> = { en: "en_HK", "zh-HK": "zh_HK", "zh-CN": "zh_CN" };

/**
 * One page's title, description, canonical URL and share cards. The URL
 * carries no language (the shopper's choice is a cookie), so one canonical
 * URL serves all three; paths are resolved against the layout's metadataBase.
 */
export function pageMetadata(input: {
  title: string;
  description: string;
  path: string;
  locale: Locale;
  image?: { path: string; alt: string } | undefined;
  siteName: string;
}): Metadata {
  const images = input.image ? [{ url: input.image.path, width: 400, height: 400, alt: input.image.alt }] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: input.path },
    openGraph: {
      type: "website",
      title: input.title,
      description: input.description,
      url: input.path,
      siteName: input.siteName,
      locale: ogLocale[input.locale],
      ...(images && { images }),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: input.title,
      description: input.description,
      ...(images && { images: images.map((image) => image.url) }),
    },
  };
}

/** schema.org Product with one Offer per variant, priced in HKD with availability. */
export function productJsonLd(input: {
  url: string;
  name: string;
  description: string;
  imageUrl: string;
  sku: string;
  category?: string | undefined;
  variants: Pick<ProductVariant, "sku" | "priceCents" | "stock">[];
  variantName: (variant: Pick<ProductVariant, "sku">) => string | undefined;
}) {
  const offer = (variant: Pick<ProductVariant, "sku" | "priceCents" | "stock">) => ({
    "@type": "Offer",
    sku: variant.sku,
    ...(input.variantName(variant) && { name: input.variantName(variant) }),
    price: (variant.priceCents / 100).toFixed(2),
    priceCurrency: "HKD",
    availability: variant.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
    url: input.url,
  });
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    description: input.description,
    image: input.imageUrl,
    sku: input.sku,
    ...(input.category && { category: input.category }),
    offers: input.variants.length === 1 ? offer(input.variants[0]!) : input.variants.map(offer),
  };
}

/** JSON for a <script> tag: "<" escaped so a product text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
