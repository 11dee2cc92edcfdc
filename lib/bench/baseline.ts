import "server-only";
import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readBodyWithLimit } from "@/lib/http/read-body";

/**
 * The baselines `npm run bench` compares the shop's routes with: the cheapest
 * a dynamic route, a POST with a body, and a POST doing one INSERT through
 * lib/db can be on this server. Off (404) unless BENCH_ROUTES=on.
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
