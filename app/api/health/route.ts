import { connection } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

/**
 * For load balancers and uptime checks: 200 only when the database answers,
 * its schema is at the latest migration and this process's job loops are
 * ticking; 503 otherwise. The body names each check and never a secret.
 */
export async function GET() {
  // Every call asks afresh: never prerendered, never cached.
  await connection();
  const health = await checkHealth();
  return Response.json(
    { status: health.ok ? "ok" : "failing", checks: health.checks },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
