import { handlePmsRequest } from "@/lib/pms-sandbox/api/handle-request";

// PMS sandbox, at a URL variant seen in the spec's examples (docs/pms/NOTES.md #1).
export function POST(request: Request): Promise<Response> {
  return handlePmsRequest("query", request);
}
