import type { Db } from "@/lib/db/connect";

export type { Db } from "@/lib/db/connect";

/** A database or an open transaction on it: store functions accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];
