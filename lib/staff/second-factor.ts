import "server-only";
import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/**
 * TOTP (RFC 6238, 6 digits every 30 s, as every authenticator app does it)
 * through otplib, and recovery codes. A code is accepted one step either
 * side of now (clocks drift) and never twice: the caller stores the step
 * accepted and passes it back as `afterStep`.
 */
export const totpIssuer = "Harbour Goods back office";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: totpIssuer, label: email, secret });
}

/** The enrolment QR code as an SVG string (the `qrcode` package the shop already renders with). */
export function totpQrSvg(secret: string, email: string): Promise<string> {
  return QRCode.toString(totpUri(secret, email), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}

export const totpCodePattern = /^\d{6}$/;

/** The time step the code belongs to, or undefined when it is wrong, stale or already used. */
export async function checkTotp(secret: string, code: string, options: { afterStep?: number | null; now?: Date } = {}): Promise<number | undefined> {
  const token = code.replace(/\s+/g, "");
  if (!totpCodePattern.test(token)) return undefined;
  const epoch = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const result = await verify({ secret, token, epoch, epochTolerance: 30, ...(options.afterStep != null && { afterTimeStep: options.afterStep }) }).catch(() => undefined);
  // A TOTP answer names the step it matched (otplib types it with HOTP's, which has none).
  return result?.valid && "timeStep" in result ? result.timeStep : undefined;
}

export const recoveryCodeCount = 10;
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes like `k7mq-4xta-p2`: about 50 bits each, typed rarely, read from paper. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/**
 * SHA-256, not scrypt: a recovery code is random with about 50 bits, so a fast hash
 * cannot be brute-forced from the table, and one lookup finds the code.
 */
export function hashRecoveryCode(code: string): string {
  const normal = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  return createHash("sha256").update(`recovery:${normal}`).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(code.toLowerCase().replace(/[\s-]/g, ""));
}
