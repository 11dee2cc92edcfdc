import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { SandboxCredentials } from "../config";
import { isValidSign } from "../sign";
import { otherError } from "./errors";
import type { AuthFields } from "./requests";

/** apiKey, then sign, then the timestamp window (either direction); each failure is 40002. */
export function authenticate(
  fields: AuthFields,
  { credentials, now, toleranceMs }: { credentials: SandboxCredentials; now: Date; toleranceMs: number },
): void {
  if (!sameText(fields.apiKey, credentials.apiKey)) throw otherError((d) => d.api.unknownApiKey);
  if (!isValidSign(fields.timestamp.signed, fields.sign, credentials.secret)) {
    throw otherError((d) => d.api.badSign);
  }
  if (Math.abs(now.getTime() - fields.timestamp.ms) > toleranceMs) {
    throw otherError((d) => d.api.staleTimestamp(Math.round(toleranceMs / 1000)));
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
