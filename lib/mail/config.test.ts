import { describe, expect, it } from "vitest";
import { mailboxEnabled, mailDelivery, resolveMailConfig } from "./config";

const base = { NODE_ENV: "production" as const, PMS_SANDBOX: undefined, SMTP_URL: undefined, MAIL_FROM: "Shop <shop@x.hk>" };

describe("mail configuration", () => {
  it("sends through SMTP when SMTP_URL is set", () => {
    expect(resolveMailConfig({ ...base, SMTP_URL: "smtp://u:p@mail.x.hk:587" })).toEqual({
      mode: "smtp",
      smtpUrl: "smtp://u:p@mail.x.hk:587",
      from: "Shop <shop@x.hk>",
    });
  });
  it("keeps mail in the outbox in development and in demo mode", () => {
    expect(resolveMailConfig({ ...base, NODE_ENV: "development" }).mode).toBe("outbox");
    expect(resolveMailConfig({ ...base, PMS_SANDBOX: "on" }).mode).toBe("outbox");
  });
  it("refuses a real production shop without SMTP_URL, naming the variable", () => {
    expect(() => resolveMailConfig(base)).toThrow(/SMTP_URL/);
  });
  it("shows /dev/mailbox only in development and demo mode", () => {
    expect(mailboxEnabled(base)).toBe(false);
    expect(mailboxEnabled({ ...base, PMS_SANDBOX: "off" })).toBe(false);
    expect(mailboxEnabled({ ...base, PMS_SANDBOX: "on" })).toBe(true);
    expect(mailboxEnabled({ ...base, NODE_ENV: "development" })).toBe(true);
  });
  it("tells staff where mail goes: SMTP, the outbox on purpose, or nowhere until SMTP_URL is set", () => {
    expect(mailDelivery({ ...base, SMTP_URL: "smtp://mail.x.hk" })).toBe("smtp");
    expect(mailDelivery({ ...base, PMS_SANDBOX: "on" })).toBe("outbox");
    expect(mailDelivery({ ...base, NODE_ENV: "development" })).toBe("outbox");
    expect(mailDelivery(base)).toBe("unconfigured");
  });
});
