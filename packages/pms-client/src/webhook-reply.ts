// How we answer a PMS notification. Only errorCode "0" stops PMS sending it again, so it is
// sent only once the notification is durably handled; any other code asks PMS to retry
// (docs/pms/NOTES.md #18). The HTTP status is for our own logs and tests: PMS reads the code.

/** The only answer that stops PMS retrying. */
export const PMS_WEBHOOK_ACK = { errorCode: "0" } as const;

// The spec's catch-all "other error" code.
const RETRY_CODE = "40002";

/** Notification stored: PMS may stop sending it. */
export function acknowledgeWebhook(): Response {
  return Response.json({ ...PMS_WEBHOOK_ACK, errorMessage: "received" });
}

/** Not stored (bad body, unknown payment, database down): PMS should send it again. */
export function refuseWebhook(httpStatus: number, reason: string): Response {
  return Response.json({ errorCode: RETRY_CODE, errorMessage: reason }, { status: httpStatus });
}

/** True when a reply body would stop PMS retrying. */
export function isWebhookAck(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { errorCode?: unknown }).errorCode === PMS_WEBHOOK_ACK.errorCode;
}
