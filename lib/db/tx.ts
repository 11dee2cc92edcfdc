import type { Db } from "./connect";

/** The handle inside `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Either the database or an open transaction: reads that work inside or outside one. */
export type Executor = Db | Tx;
