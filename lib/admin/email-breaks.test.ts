import { describe, expect, it } from "vitest";
import { emailBreaks } from "./email-breaks";

describe("where a long email may wrap in the orders list", () => {
  it("breaks before @ and dots and after dashes, never inside a word, and loses no character", () => {
    const email = "walk-desk-en-1795683383794@example.com";
    expect(emailBreaks(email)).toEqual(["walk-", "desk-", "en-", "1795683383794", "@example", ".com"]);
    expect(emailBreaks(email).join("")).toBe(email);
  });

  it("handles plus tags, underscores, subdomains and a short address", () => {
    expect(emailBreaks("chan_tai+tea@mail.example.com.hk")).toEqual(["chan_", "tai+", "tea", "@mail", ".example", ".com", ".hk"]);
    expect(emailBreaks("a@b.hk")).toEqual(["a", "@b", ".hk"]);
  });
});
