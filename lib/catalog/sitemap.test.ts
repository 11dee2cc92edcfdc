import { describe, expect, it } from "vitest";
import { sitemapIndexXml, sitemapPartCount, sitemapProductRange, urlsetXml } from "./sitemap";

describe("sitemap parts", () => {
  it("stays one file up to the protocol's 50,000 URLs and splits past it", () => {
    expect(sitemapPartCount(0)).toBe(1);
    expect(sitemapPartCount(50_000)).toBe(1);
    expect(sitemapPartCount(50_001)).toBe(2);
    expect(sitemapPartCount(150_001)).toBe(4);
  });

  it("gives every product exactly one part, after the home and category URLs that open part 0", () => {
    const fixed = 6;
    const products = 120_000;
    const parts = sitemapPartCount(fixed + products);
    const ranges = Array.from({ length: parts }, (_, part) => sitemapProductRange(part, fixed));
    expect(ranges[0]).toEqual({ offset: 0, limit: 50_000 - fixed, withFixed: true });
    expect(ranges[1]).toEqual({ offset: 50_000 - fixed, limit: 50_000, withFixed: false });
    // Contiguous and no gaps: part n starts where part n-1 ended.
    for (let i = 1; i < parts; i++) expect(ranges[i]!.offset).toBe(ranges[i - 1]!.offset + ranges[i - 1]!.limit);
    // Every part holds at most the limit, counting part 0's fixed URLs.
    expect(ranges[0]!.limit + fixed).toBe(50_000);
  });

  it("writes an index naming each part, and a urlset with escaped URLs", () => {
    const index = sitemapIndexXml("https://shop.test", 3);
    expect(index).toContain("<sitemapindex");
    expect(index.match(/<loc>/g)).toHaveLength(3);
    expect(index).toContain("<loc>https://shop.test/sitemaps/sitemap/2.xml</loc>");
    const urlset = urlsetXml([{ url: "https://shop.test/products/a&b", changeFrequency: "weekly", priority: 0.6, lastModified: new Date("2026-01-02T00:00:00Z") }]);
    expect(urlset).toContain("<loc>https://shop.test/products/a&amp;b</loc>");
    expect(urlset).toContain("<lastmod>2026-01-02T00:00:00.000Z</lastmod>");
  });
});
