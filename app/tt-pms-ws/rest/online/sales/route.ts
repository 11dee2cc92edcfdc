import { handlePmsRequest } from "@/lib/pms-sandbox/api/handle-request";

// PMS sandbox, at the spec's documented URL (next.config.js rewrites the variants of docs/pms/NOTES.md #1 here).
export function POST(request: Request): Promise<Response> {
  return handlePmsRequest("sales", request);
}
