import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { paymentTypeInfo, type PaymentType } from "./payment-types";

// Read on first use, not at import: the files are drawn separately and may
// arrive after the server starts; a missing one gets a generated badge.
const cache = new Map<PaymentType, Promise<string>>();

/** `data:image/svg+xml;base64,…` of the method's mark, as /online/gateway answers it. */
export function getLogoDataUri(type: PaymentType, directory = logoDirectory()): Promise<string> {
  let logo = cache.get(type);
  if (!logo) {
    logo = loadSvg(type, directory).then(toDataUri);
    cache.set(type, logo);
  }
  return logo;
}

export function logoDirectory(): string {
  return path.join(process.cwd(), "lib/pms-sandbox/logos");
}

async function loadSvg(type: PaymentType, directory: string): Promise<string> {
  try {
    const svg = await readFile(path.join(directory, `${type}.svg`), "utf8");
    if (svg.includes("<svg")) return svg;
  } catch {
    // fall through to the badge
  }
  return fallbackBadge(type);
}

export function fallbackBadge(type: PaymentType): string {
  const { desc, color } = paymentTypeInfo[type];
  const label = desc.length > 14 ? type : desc;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 48" role="img">` +
    `<title>${desc}</title><rect width="120" height="48" rx="10" fill="${color}"/>` +
    `<text x="60" y="30" text-anchor="middle" font-family="sans-serif" font-size="14" ` +
    `font-weight="700" fill="#fff">${label}</text></svg>`
  );
}

function toDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}

/** For tests: forget what was read. */
export function clearLogoCache(): void {
  cache.clear();
}
