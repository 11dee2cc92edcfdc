import { connection } from "next/server";
import { countSitemapUrls, listSitemapPart } from "@/lib/catalog/queries";
import { sitemapIndexXml, sitemapPartCount, sitemapUrlLimit, urlsetXml } from "@/lib/catalog/sitemap";
import { env } from "@/lib/env";

/**
 * Every shop page a search engine should know, read from the database per
 * request: the pages themselves up to the protocol's 50,000 URLs, a sitemap
 * index naming the parts (app/sitemaps/sitemap.ts) beyond that.
 */
export async function GET() {
  await connection();
  const { total } = await countSitemapUrls();
  const xml =
    total <= sitemapUrlLimit
      ? urlsetXml(await listSitemapPart({ part: 0, origin: env.APP_URL }))
      : sitemapIndexXml(env.APP_URL, sitemapPartCount(total));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" } });
}
