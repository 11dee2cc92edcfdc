import path from "node:path";

/** The shop's drizzle migrations; a leaf, so the connection and the status check both read it without a cycle. */
export const migrationsFolder = path.join(process.cwd(), "drizzle");
