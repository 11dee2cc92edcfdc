import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * Any drizzle PostgreSQL database: the sandbox's own (./open.ts: PGlite or
 * postgres.js) or the app's it is mounted in. The sandbox queries only its own
 * tables (./schema.ts), never through the relational API, so the app's schema
 * map does not matter.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an app's schema map of any shape is accepted (see above)
export type Db = PgDatabase<PgQueryResultHKT, any>;

/** A database or an open transaction on it: store functions accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];
