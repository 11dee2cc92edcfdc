import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clearLogoCache, getLogoDataUri } from "./logos";

const decode = (uri: string) =>
  Buffer.from(uri.replace("data:image/svg+xml;base64,", ""), "base64").toString("utf8");

afterEach(clearLogoCache);

describe("getLogoDataUri", () => {
  it("serves the drawn SVG as a base64 data URI", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "logos-"));
    writeFileSync(path.join(directory, "WXPAY.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const uri = await getLogoDataUri("WXPAY", directory);
    expect(uri).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
    expect(decode(uri)).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it("falls back to a generated badge when the file is missing", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "logos-"));
    const svg = decode(await getLogoDataUri("FPSPAY", directory));
    expect(svg).toContain("<svg");
    expect(svg).toContain("FPSPAY");
  });

  it("finds the project's own marks for all six methods", async () => {
    for (const type of ["WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY"] as const) {
      expect(decode(await getLogoDataUri(type))).toContain("<svg");
    }
  });
});
