import { isSandboxEnabled } from "@/lib/pms-sandbox/config";
import { loadPayment } from "@/lib/pms-sandbox/payments";
import { buildReturnTarget } from "@pms-kit/sandbox";
import { isFinalStatus } from "@pms-kit/sandbox/status";

/** Polled by the open payment page: is it final yet, and where does the browser go then. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  if (!isSandboxEnabled()) return new Response("Not Found", { status: 404 });
  const { token } = await params;
  const payment = await loadPayment(token);
  if (!payment) return Response.json({ error: "not found" }, { status: 404 });
  const final = isFinalStatus(payment.status);
  return Response.json(
    { status: payment.status, final, next: final ? buildReturnTarget(payment) : null },
    { headers: { "cache-control": "no-store" } },
  );
}
