import { describe, expect, it } from "vitest";
import { createReturnToken, generateRrn, returnTokenMatches } from "./identifiers";

describe("generateRrn", () => {
  it("is 24 digits starting with the Hong Kong date-time", () => {
    const rrn = generateRrn(new Date("2026-11-25T16:30:05Z"));
    expect(rrn).toMatch(/^[0-9]{24}$/);
    expect(rrn.startsWith("261126003005")).toBe(true);
  });
  it("is fresh every time", () => {
    const many = new Set(Array.from({ length: 1000 }, () => generateRrn()));
    expect(many.size).toBe(1000);
  });
});

describe("return tokens", () => {
  it("match only their own hash", () => {
    const a = createReturnToken();
    const b = createReturnToken();
    expect(returnTokenMatches(a.token, a.hash)).toBe(true);
    expect(returnTokenMatches(b.token, a.hash)).toBe(false);
    expect(returnTokenMatches(undefined, a.hash)).toBe(false);
    expect(returnTokenMatches("", a.hash)).toBe(false);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
