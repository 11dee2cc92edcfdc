import { describe, expect, it } from "vitest";
import { sign } from "./sign";

// Vectors computed independently:
//   printf %s 1623205724171 | openssl dgst -sha1 -hmac secret -binary | base64
//   python3 -c 'import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b"sandbox-secret", b"1623724168633", hashlib.sha1).digest()).decode())'
const vectors = [
  { timestamp: 1623205724171, secret: "secret", sign: "6xRLWguGHfnoj/K3NacrRKyRMvM=" },
  { timestamp: 1623724168633, secret: "sandbox-secret", sign: "vU6VTX+LQ+GdoXwPiPq7t8au7lQ=" },
];

describe("sign", () => {
  it.each(vectors)("matches the independent vector for $timestamp", (v) => {
    expect(sign(v.timestamp, v.secret)).toBe(v.sign);
  });

  it("signs a digit string exactly like the same number", () => {
    expect(sign("1623205724171", "secret")).toBe(sign(1623205724171, "secret"));
  });

  it("refuses a number that would not print as a plain decimal", () => {
    expect(() => sign(1.5, "secret")).toThrow(RangeError);
    expect(() => sign(1e21, "secret")).toThrow(RangeError);
  });
});
