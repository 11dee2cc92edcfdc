import { handleSandboxApi } from "@/lib/pms-sandbox/mount";

// PMS sandbox (@pms-kit/sandbox), at the spec's documented URL (next.config.js rewrites the variants of docs/pms/NOTES.md #1 here).
export function POST(request: Request): Promise<Response> {
  return handleSandboxApi("query", request);
}
