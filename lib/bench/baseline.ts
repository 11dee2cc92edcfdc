import "server-only";
import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { createLimiter } from "@/lib/jobs/limiter";
import { getPmsClient, type PmsPaymentType } from "@/lib/pms";
import { confirmationsAtOnce } from "@/lib/payments/webhook-inbox";
import { processSingleton } from "@/lib/process-singleton";

/**
 * The baselines `npm run bench` compares the shop's routes with: the cheapest
 * a dynamic route, a POST with a body, a POST doing one INSERT through
 * lib/db, and (the flash sale's floor) that POST then asking PMS about the
 * payment and writing one more row, can be on this server. Off (404) unless BENCH_ROUTES=on.
 */
export async function benchRoutesEnabled(): Promise<boolean> {
  await connection();
  return env.BENCH_ROUTES === "on";
}

export const notFound = () => Response.json({ error: "not found" }, { status: 404 });

export async function readSmallBody(request: Request): Promise<string | null> {
  const body = await readBodyWithLimit(request, 16 * 1024);
  return body.ok ? body.text : null;
}

/** One row into the table the bench script creates in its own throwaway database. */
export async function insertBenchRow(body: string): Promise<void> {
  const db = await getDb();
  await db.execute(sql`insert into bench_inserts (body) values (${body})`);
}

const queryLimiter = processSingleton<ReturnType<typeof createLimiter>>("bench-query-limiter");

/**
 * After the response: ask PMS once about the notification's payment, as many at once as the
 * webhook's confirmations may be, and write a row saying it was asked. The least any
 * confirmation that asks PMS once per payment and writes once can cost.
 */
export async function queryPmsAndRecord(body: string): Promise<void> {
  const { type, rrn } = JSON.parse(body) as { type: PmsPaymentType; rrn: string };
  await queryLimiter.get(() => createLimiter(confirmationsAtOnce))(async () => {
    const answer = await getPmsClient().queryPayment({ type, rrn });
    await insertBenchRow(`queried ${rrn} ${answer.ok ? answer.data.status : answer.failure.kind}`);
  });
}
