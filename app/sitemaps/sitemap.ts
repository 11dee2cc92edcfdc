import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { connection } from "next/server";
import { countSitemapUrls, listSitemapPart } from "@/lib/catalog/queries";
import { sitemapPartCount } from "@/lib/catalog/sitemap";
import { env } from "@/lib/env";

/**
 * The parts `/sitemap.xml` names once the shop passes 50,000 URLs:
 * `/sitemaps/sitemap/<n>.xml`. Counted from the database per request; at
 * build there are none (the build must not open the database).
 */
export async function generateSitemaps() {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [];
  const { total } = await countSitemapUrls();
  return Array.from({ length: sitemapPartCount(total) }, (_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  await connection();
  return listSitemapPart({ part: Number(await props.id), origin: env.APP_URL });
}
