import { describe, expect, it } from "vitest";
import { getLogoDataUri } from "./logos";

const decode = (uri: string) => Buffer.from(uri.replace("data:image/svg+xml;base64,", ""), "base64").toString("utf8");

describe("getLogoDataUri", () => {
  it("serves each of the six methods' own drawn marks as a base64 SVG data URI", async () => {
    const titles = { WXPAY: "WeChat Pay", ALIPAY: "Alipay", ALIPAYOS: "Alipay HK", FPSPAY: "FPS", VMPAY: "Visa", UNIONPAY: "UnionPay" } as const;
    for (const [type, title] of Object.entries(titles) as Array<[keyof typeof titles, string]>) {
      const uri = await getLogoDataUri(type);
      expect(uri).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
      const svg = decode(uri);
      expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect(svg, type).toContain(title);
    }
  });
});
