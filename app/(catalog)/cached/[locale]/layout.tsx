import type { Metadata, Viewport } from "next";
import "@/app/globals.css";
import { ShopChrome, shopMetadata } from "@/app/(shop)/_components/shop-chrome";
import { catalogLocale, type LocaleParams } from "./catalog-locale";

/**
 * The public catalog, served as cached HTML, one copy per language
 * (docs/decisions/009). The proxy rewrites `/`, `/categories/x` and
 * `/products/x` here; the public URLs never show this path. Nothing under
 * this layout may read a cookie or a header: the same HTML goes to every
 * shopper, so the cart count is filled in by the browser.
 */

// Rendered on first visit, then cached: never at build time, which must not open the database.
export function generateStaticParams() {
  return [];
}

// Product changes expire these pages on every instance in the changing transaction
// (lib/catalog/catalog-cache.ts, docs/decisions/010). This window only catches a change made
// behind the app's back (SQL by hand): such a page is renewed within a minute of being opened.
export const revalidate = 60;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return shopMetadata(await catalogLocale(params));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function CatalogLayout({ children, params }: LocaleParams & { children: React.ReactNode }) {
  const locale = await catalogLocale(params);
  return (
    <html lang={locale}>
      <body className="shop flex min-h-screen flex-col">
        <ShopChrome locale={locale} cartCount={null}>
          {children}
        </ShopChrome>
      </body>
    </html>
  );
}
