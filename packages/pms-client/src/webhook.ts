// What a webhook route needs, without the client (and node:crypto): the body's schema and our replies.
export { acknowledgeWebhook, isWebhookAck, PMS_WEBHOOK_ACK, refuseWebhook } from "./webhook-reply";
export { pmsWebhookSchema, type PmsWebhook } from "./webhook-schema";
