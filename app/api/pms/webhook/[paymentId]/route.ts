import { after } from "next/server";
import { z } from "zod";
import { findJsonProblem } from "@/lib/http/json-shape";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { confirmStoredWebhookSoon, receiveWebhook } from "@/lib/payments/webhook-inbox";
import { acknowledgeWebhook, pmsWebhookSchema, refuseWebhook } from "@pms-kit/client/webhook";

// The spec's payload is ~300 bytes; anything near this size is not PMS.
const maxBodyBytes = 16 * 1024;
const paymentIdSchema = z.uuid();

class WebhookError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * PMS's notification is unsigned (docs/pms/NOTES.md #17): it is only a hint to look.
 * We keep it durably and answer errorCode "0" as soon as it is stored; the
 * /online/query confirmation runs right after the response (`after()`), and
 * the inbox worker takes over whatever that could not finish. A copy of a
 * notification confirmed moments ago is only counted. Never does its body
 * move an order's state.
 */
export async function POST(request: Request, context: { params: Promise<{ paymentId: string }> }) {
  try {
    const notification = await parseNotification(request);
    // Our webhookUrls carry a payment's UUID; anything else names no payment (and must not reach a uuid column).
    const paymentId = paymentIdSchema.safeParse((await context.params).paymentId);
    if (!paymentId.success) throw new WebhookError(404, "unknown payment");
    const received = await receiveWebhook({ paymentId: paymentId.data, rrn: notification.rrn, payload: notification }).catch((error: unknown) => {
      // The database is down: not stored, so PMS must send it again.
      console.warn(`[webhook] could not store: ${String(error)}`);
      throw new WebhookError(503, "temporarily unable to store the notification");
    });
    if (received.kind === "unknown-payment") throw new WebhookError(404, "unknown rrn");
    if (received.kind === "stored") {
      after(() =>
        confirmStoredWebhookSoon(received).catch((error: unknown) => console.warn(`[webhook] confirmation after the response failed: ${String(error)}`)),
      );
    }
    return acknowledgeWebhook();
  } catch (error) {
    if (error instanceof WebhookError) {
      return refuseWebhook(error.status, error.message);
    }
    console.error("[webhook] unexpected", error);
    // Not a 500: PMS only needs to know to send again.
    return refuseWebhook(503, "try again later");
  }
}

async function parseNotification(request: Request) {
  const body = await readBodyWithLimit(request, maxBodyBytes);
  if (!body.ok) throw new WebhookError(413, `body larger than ${maxBodyBytes} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    throw new WebhookError(400, "body is not JSON");
  }
  const problem = findJsonProblem(json);
  if (problem) throw new WebhookError(400, `not a PMS notification: the body ${problem}`);
  const parsed = pmsWebhookSchema.safeParse(json);
  if (!parsed.success) throw new WebhookError(400, "not a PMS notification: rrn is required");
  return parsed.data;
}
