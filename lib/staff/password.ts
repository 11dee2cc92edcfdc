import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import commonPasswords from "./common-passwords.json";

/**
 * Staff passwords: at least 12 characters, none of the commonest (the
 * bundled list: the 5,000 most frequent of zxcvbn's 30,000 leaked passwords
 * and every one of those 12 characters or longer), hashed with scrypt, which
 * is memory-hard. Each hash carries its own salt and cost, so the cost can
 * rise later without locking anyone out.
 */
export const minPasswordLength = 12;
const maxPasswordLength = 256;
const common = new Set<string>(commonPasswords);

/** Why a password will not do, in the member's words, or undefined when it will. */
export function passwordProblem(password: string, about: { email?: string } = {}): string | undefined {
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (password.length > maxPasswordLength) return `Use at most ${maxPasswordLength} characters.`;
  const lower = password.toLowerCase();
  // "password1234" is "password" with a counter: as guessable as the word.
  const stem = lower.replace(/[\d\W_]+$/, "");
  if (common.has(lower) || common.has(stem) || new Set(lower).size <= 2) return "That password is among the most common; choose another.";
  const local = about.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "Do not build the password from your email address.";
  return undefined;
}

type Cost = { N: number; r: number; p: number };
const cost: Cost = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, { N, r, p }: Cost): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), { N: Number(N), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Compared when no member has the email typed, so an unknown email takes as long as a wrong password. */
export const decoyPasswordHash = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
