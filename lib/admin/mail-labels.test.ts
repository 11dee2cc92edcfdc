import { describe, expect, it } from "vitest";
import { mailKindLabel, mailStatus } from "./mail-labels";

const row = { sentAt: null, attempts: 0, lastError: null, nextAttemptAt: new Date("2026-12-01T02:00:00Z"), toAddress: "chan+tea@example.com" };

describe("the order page's email list", () => {
  it("names each kind of mail in words, and shows an unknown kind as stored", () => {
    expect(mailKindLabel("order_confirmation")).toBe("Order confirmation");
    expect(mailKindLabel("shipped")).toBe("Shipping notice");
    expect(mailKindLabel("shipment_corrected")).toBe("Corrected shipping notice");
    expect(mailKindLabel("ready_for_pickup")).toBe("Ready for pick-up");
    expect(mailKindLabel("newsletter")).toBe("newsletter");
  });

  it("a sent message is sent, whatever the configuration now", () => {
    const sentAt = new Date("2026-12-01T03:00:00Z");
    expect(mailStatus({ ...row, sentAt }, "outbox")).toEqual({ kind: "sent", at: sentAt });
  });

  it("without SMTP_URL in development or demo, mail is kept in the outbox, with the mailbox for its recipient", () => {
    expect(mailStatus(row, "outbox")).toEqual({ kind: "kept-in-outbox", mailbox: "/dev/mailbox?to=chan%2Btea%40example.com" });
  });

  it("a real shop without SMTP_URL says it is not configured rather than queued forever", () => {
    expect(mailStatus(row, "unconfigured")).toEqual({ kind: "not-configured" });
  });

  it("through SMTP: queued before the first try, then the attempts and the last error when sending fails", () => {
    expect(mailStatus(row, "smtp")).toEqual({ kind: "queued" });
    expect(mailStatus({ ...row, attempts: 1 }, "smtp")).toEqual({ kind: "sending", attempts: 1 });
    expect(mailStatus({ ...row, attempts: 3, lastError: "421 try later" }, "smtp")).toEqual({
      kind: "failing",
      attempts: 3,
      lastError: "421 try later",
      nextAttemptAt: row.nextAttemptAt,
    });
  });
});
