import { handlePmsRequest } from "@/lib/pms-sandbox/api/handle-request";

// PMS sandbox test helper: decide or refund a payment, signed like every call.
export function POST(request: Request): Promise<Response> {
  return handlePmsRequest("complete", request);
}
