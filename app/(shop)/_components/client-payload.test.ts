import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// First-load JS budget (issue 10): client components take their labels as
// props from a server wrapper, so neither next-intl nor a message catalog is
// bundled for the browser, and the shop layout has no NextIntlClientProvider.
const appDir = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx|ts)$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

const isClient = (text: string) => /^\s*["']use client["']/.test(text);

describe("the browser gets no i18n library or message catalog", () => {
  it("no client component imports next-intl or a messages file", () => {
    const offenders = sourceFiles(appDir)
      .filter((file) => isClient(fs.readFileSync(file, "utf8")))
      .filter((file) => /from\s+["'](next-intl|use-intl)["']|messages\/[\w-]+\.json/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(appDir, file));
    expect(offenders).toEqual([]);
  });

  it("no layout wraps pages in NextIntlClientProvider", () => {
    const offenders = sourceFiles(appDir)
      .filter((file) => fs.readFileSync(file, "utf8").includes("NextIntlClientProvider"))
      .map((file) => path.relative(appDir, file));
    expect(offenders).toEqual([]);
  });
});
