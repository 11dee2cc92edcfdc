import { desc, eq } from "drizzle-orm";
import { pmsTransactions, type NewPmsTransaction, type PmsTransaction } from "./schema";
import type { DbOrTx } from "./db";

/** Inserts a sale; undefined when its rrn is already taken (the unique index decides, race-free). */
export async function insertTransaction(db: DbOrTx, values: NewPmsTransaction): Promise<PmsTransaction | undefined> {
  const [row] = await db
    .insert(pmsTransactions)
    .values(values)
    .onConflictDoNothing({ target: pmsTransactions.rrn })
    .returning();
  return row;
}

export async function findTransactionByRrn(db: DbOrTx, rrn: string): Promise<PmsTransaction | undefined> {
  const [row] = await db.select().from(pmsTransactions).where(eq(pmsTransactions.rrn, rrn));
  return row;
}

export async function findTransactionByToken(db: DbOrTx, token: string): Promise<PmsTransaction | undefined> {
  const [row] = await db.select().from(pmsTransactions).where(eq(pmsTransactions.token, token));
  return row;
}

export async function findTransactionById(db: DbOrTx, id: string): Promise<PmsTransaction | undefined> {
  const [row] = await db.select().from(pmsTransactions).where(eq(pmsTransactions.id, id));
  return row;
}

export function listRecentTransactions(db: DbOrTx, limit = 100): Promise<PmsTransaction[]> {
  return db.select().from(pmsTransactions).orderBy(desc(pmsTransactions.createdAt)).limit(limit);
}
