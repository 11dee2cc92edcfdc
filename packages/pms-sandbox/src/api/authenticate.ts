import { timingSafeEqual } from "node:crypto";
import type { Merchant } from "../config";
import { isValidSign } from "../sign";
import { otherError } from "./errors";
import type { AuthFields } from "./requests";

/** apiKey, then sign, then the timestamp window (either direction); each failure is 40002. Returns the merchant. */
export function authenticate(
  fields: AuthFields,
  { merchants, now, toleranceMs }: { merchants: readonly Merchant[]; now: Date; toleranceMs: number },
): Merchant {
  const merchant = merchants.find((m) => sameText(fields.apiKey, m.apiKey));
  if (!merchant) throw otherError((d) => d.api.unknownApiKey);
  if (!isValidSign(fields.timestamp.signed, fields.sign, merchant.secret)) {
    throw otherError((d) => d.api.badSign);
  }
  if (Math.abs(now.getTime() - fields.timestamp.ms) > toleranceMs) {
    throw otherError((d) => d.api.staleTimestamp(Math.round(toleranceMs / 1000)));
  }
  return merchant;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
