import { handleSandboxApi } from "@/lib/pms-sandbox/mount";

// The sandbox's signed test helper (packages/pms-sandbox/README.md), used by `pms-sandbox resend` and tests.
export function POST(request: Request): Promise<Response> {
  return handleSandboxApi("resend", request);
}
