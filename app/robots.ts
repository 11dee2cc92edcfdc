import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

/** Shoppers' and staff's private pages, the mailbox and the PMS sandbox stay out of search engines. */
export const disallowedPaths = ["/admin", "/account", "/dev", "/api", "/checkout", "/orders", "/pms-payment", "/pms-sandbox", "/tt-pms-ws", "/online"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: disallowedPaths },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
