/**
 * The sitemap protocol allows 50,000 URLs per file. Up to that, `/sitemap.xml`
 * lists every shop page itself; past it, it becomes a sitemap index naming
 * one part per 50,000 URLs (`/sitemaps/sitemap/<n>.xml`, made by Next's
 * generateSitemaps). The order is fixed: home, categories, then products by
 * id, so a part always holds the same stretch. Pure, so tested without a server.
 */
export const sitemapUrlLimit = 50_000;

export type SitemapEntry = { url: string; lastModified?: Date | undefined; changeFrequency: "daily" | "weekly"; priority: number };

/** How many parts `urls` URLs need (at least one). */
export function sitemapPartCount(urls: number, limit = sitemapUrlLimit): number {
  return Math.max(1, Math.ceil(urls / limit));
}

/** Which products part `part` holds, after the `fixed` home and category URLs that open part 0. */
export function sitemapProductRange(part: number, fixed: number, limit = sitemapUrlLimit): { offset: number; limit: number; withFixed: boolean } {
  const start = part * limit;
  const end = start + limit;
  return { offset: Math.max(0, start - fixed), limit: end - Math.max(start, fixed), withFixed: part === 0 };
}

export function sitemapPartPath(part: number): string {
  return `/sitemaps/sitemap/${part}.xml`;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function sitemapIndexXml(origin: string, parts: number): string {
  const entries = Array.from({ length: parts }, (_, part) => `<sitemap>\n<loc>${escapeXml(origin + sitemapPartPath(part))}</loc>\n</sitemap>`);
  return `${xmlHead}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

export function urlsetXml(entries: SitemapEntry[]): string {
  const rows = entries.map((entry) =>
    [
      "<url>",
      `<loc>${escapeXml(entry.url)}</loc>`,
      entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : undefined,
      `<changefreq>${entry.changeFrequency}</changefreq>`,
      `<priority>${entry.priority}</priority>`,
      "</url>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return `${xmlHead}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join("\n")}\n</urlset>\n`;
}
