import { handlePmsRequest } from "@/lib/pms-sandbox/api/handle-request";

// PMS sandbox, at the spec's documented URL.
export function POST(request: Request): Promise<Response> {
  return handlePmsRequest("query", request);
}
