import { describe, expect, it } from "vitest";
import { acknowledgeWebhook, isWebhookAck, PMS_WEBHOOK_ACK, refuseWebhook } from "./webhook-reply";

describe("webhook replies (docs/pms/NOTES.md #18)", () => {
  it("acknowledges with errorCode \"0\", the only answer that stops PMS retrying", async () => {
    const reply = acknowledgeWebhook();
    expect(reply.status).toBe(200);
    const body: unknown = await reply.json();
    expect(body).toMatchObject({ errorCode: "0" });
    expect(isWebhookAck(body)).toBe(true);
  });

  it("refuses with a non-zero code and the given HTTP status, so PMS sends it again", async () => {
    const reply = refuseWebhook(503, "try again later");
    expect(reply.status).toBe(503);
    const body: unknown = await reply.json();
    expect(body).toEqual({ errorCode: "40002", errorMessage: "try again later" });
    expect(isWebhookAck(body)).toBe(false);
  });

  it("recognises only errorCode \"0\" as an acknowledgement", () => {
    expect(isWebhookAck(PMS_WEBHOOK_ACK)).toBe(true);
    for (const body of [null, "0", { errorCode: 0 }, { errorCode: "00" }, {}]) expect(isWebhookAck(body)).toBe(false);
  });
});
