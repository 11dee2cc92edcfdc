import type { Metadata, Viewport } from "next";
import { getLocale } from "next-intl/server";
import { getCurrentCart } from "@/lib/cart/queries";
import "../globals.css";
import { ShopChrome, shopMetadata } from "./_components/shop-chrome";

// The pages that handle money or personal data render per request, in the language of the
// shopper's cookie; the public catalog is served from cache by app/(catalog) (docs/decisions/009).

export async function generateMetadata(): Promise<Metadata> {
  return shopMetadata(await getLocale());
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const [locale, cart] = await Promise.all([getLocale(), getCurrentCart()]);
  return (
    <html lang={locale}>
      <body className="shop flex min-h-screen flex-col">
        <ShopChrome locale={locale} cartCount={cart.itemCount}>
          {children}
        </ShopChrome>
      </body>
    </html>
  );
}
