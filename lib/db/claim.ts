import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Executor } from "./tx";

/** A table whose rows are worked by one claimer at a time: an id, a lease token and a lease deadline. */
export type LeasedTable = PgTable & { id: AnyPgColumn; leaseToken: AnyPgColumn; leaseUntil: AnyPgColumn };

export type Lease<Row> = { token: string; rows: Row[] };

/** Nobody holds the row: never leased, or its holder's lease ran out (its process died or stalled). */
export function leaseFree(table: LeasedTable, now: Date): SQL {
  return or(isNull(table.leaseUntil), lte(table.leaseUntil, now))!;
}

/** The row is still held by this lease: every write of a claimed row's outcome carries this guard. */
export function leaseHeld(table: LeasedTable, id: unknown, token: string): SQL {
  return and(eq(table.id, id), eq(table.leaseToken, token))!;
}

/**
 * Claims up to `limit` due rows for this caller alone, in one UPDATE: rows
 * that are due and free, skipping rows another transaction has locked right
 * now (FOR UPDATE SKIP LOCKED), get a fresh lease token and a deadline. The
 * due condition is checked again on the rows being updated, so a row that
 * changed between the inner select and the update is left alone. Several
 * processes can run this at once; each row goes to one of them. A holder
 * that works longer than `leaseMs` must renew (renewLease) or lose the row.
 */
export async function claimLeased<T extends LeasedTable>(
  db: Executor,
  table: T,
  options: { due: SQL; orderBy: (SQL | AnyPgColumn)[]; limit: number; now: Date; leaseMs: number; set?: PgUpdateSetSource<T> },
): Promise<Lease<T["$inferSelect"]>> {
  const token = randomUUID();
  const dueAndFree = and(options.due, leaseFree(table, options.now));
  const candidates = db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(dueAndFree)
    .orderBy(...options.orderBy)
    .limit(options.limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(table)
    .set({ ...options.set, leaseToken: token, leaseUntil: new Date(options.now.getTime() + options.leaseMs) } as PgUpdateSetSource<T>)
    .where(and(inArray(table.id, candidates), dueAndFree))
    .returning();
  return { token, rows: rows as T["$inferSelect"][] };
}

/** Extends the lease on the rows this caller still holds; returns their ids (a row missing from it was lost). */
export async function renewLease<T extends LeasedTable>(
  db: Executor,
  table: T,
  lease: { token: string; ids: unknown[]; until: Date },
): Promise<Set<unknown>> {
  if (lease.ids.length === 0) return new Set();
  const rows = await db
    .update(table)
    .set({ leaseUntil: lease.until } as PgUpdateSetSource<T>)
    .where(and(inArray(table.id, lease.ids), eq(table.leaseToken, lease.token)))
    .returning({ id: table.id });
  return new Set(rows.map((row) => row.id));
}

/**
 * Works the claimed rows one after another, renewing the lease on the rows
 * not yet done before each one, so a slow batch never outlives its lease
 * while a stalled one still loses it within `leaseMs`. A row whose lease was
 * lost meanwhile is skipped: someone else has it now.
 */
export async function workLeased<Row extends { id: unknown }>(
  db: Executor,
  table: LeasedTable,
  lease: Lease<Row>,
  options: { leaseMs: number; clock: () => Date },
  work: (row: Row) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < lease.rows.length; i++) {
    const row = lease.rows[i]!;
    const remaining = lease.rows.slice(i).map((r) => r.id);
    const held = await renewLease(db, table, {
      token: lease.token,
      ids: remaining,
      until: new Date(options.clock().getTime() + options.leaseMs),
    });
    if (held.has(row.id)) await work(row);
  }
}

/**
 * Deletes up to `limit` rows matching `where`, in one statement, skipping
 * rows another transaction holds right now (FOR UPDATE SKIP LOCKED): two
 * instances pruning at once take different rows, and neither waits on a
 * worker that holds one. Rows are named by ctid, so any table will do.
 * Returns how many went; call again while it returns `limit`.
 */
export async function deleteInBatch(db: Executor, table: PgTable, where: SQL, limit: number): Promise<number> {
  const gone = await db.execute(
    sql`delete from ${table} where ctid in (select ctid from ${table} where ${where} limit ${limit} for update skip locked) returning 1 as "gone"`,
  );
  return Array.isArray(gone) ? gone.length : ((gone as { rows?: unknown[] }).rows?.length ?? 0);
}

/** The same, changing the rows instead (`set` is the SET list): for blanking what must not be kept. */
export async function updateInBatch(db: Executor, table: PgTable, set: SQL, where: SQL, limit: number): Promise<number> {
  const changed = await db.execute(
    sql`update ${table} set ${set} where ctid in (select ctid from ${table} where ${where} limit ${limit} for update skip locked) returning 1 as "changed"`,
  );
  return Array.isArray(changed) ? changed.length : ((changed as { rows?: unknown[] }).rows?.length ?? 0);
}
