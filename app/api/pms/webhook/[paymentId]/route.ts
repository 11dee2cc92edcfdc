import { readBodyWithLimit } from "@/lib/http/read-body";
import { processInboxItem, receiveWebhook } from "@/lib/payments/webhook-inbox";
import { acknowledgeWebhook, refuseWebhook } from "@/lib/pms/webhook-reply";
import { pmsWebhookSchema } from "@/lib/pms/webhook-schema";

// The spec's payload is ~300 bytes; anything near this size is not PMS.
const maxBodyBytes = 16 * 1024;
// PMS should hear back within a second; confirmation goes on in the inbox worker.
const inlineBudgetMs = 700;

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
 * We keep it durably, confirm with /online/query, and acknowledge it
 * once it is stored; never does its body move an order's state.
 */
export async function POST(request: Request, context: { params: Promise<{ paymentId: string }> }) {
  try {
    const { paymentId } = await context.params;
    const notification = await parseNotification(request);
    const received = await receiveWebhook({ paymentId, rrn: notification.rrn, payload: notification }).catch(() => {
      // The database is down: not stored, so PMS must send it again.
      throw new WebhookError(503, "temporarily unable to store the notification");
    });
    if (received.kind === "unknown-payment") throw new WebhookError(404, "unknown rrn");
    const { item } = received;
    await Promise.race([
      processInboxItem(item).catch((error) => console.warn(`[webhook] inline confirmation failed: ${String(error)}`)),
      new Promise((resolve) => setTimeout(resolve, inlineBudgetMs)),
    ]);
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
  const parsed = pmsWebhookSchema.safeParse(json);
  if (!parsed.success) throw new WebhookError(400, "not a PMS notification: rrn is required");
  return parsed.data;
}
