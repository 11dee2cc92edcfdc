import { handleSandboxApi } from "@/lib/pms-sandbox/mount";

// The sandbox's signed test helper (packages/pms-sandbox/README.md), used by `pms-sandbox complete` and tests.
export function POST(request: Request): Promise<Response> {
  return handleSandboxApi("complete", request);
}
