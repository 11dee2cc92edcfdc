import { migrateSandbox } from "@pms-kit/sandbox";
import type { DatabaseHandle } from "./connect";

/**
 * Brings a database up to date: the shop's drizzle migrations, and, when the
 * shop mounts the PMS sandbox, the sandbox package's own (its `pms_sandbox`
 * schema and migrations table). The sandbox's go first: its 0002 carries over
 * the rows of the tables the shop kept before (drizzle/0002), which the
 * shop's 0020 then drops.
 */
export async function migrateDatabase(handle: Pick<DatabaseHandle, "db" | "migrate">, { sandbox }: { sandbox: boolean }): Promise<void> {
  if (sandbox) await migrateSandbox(handle.db);
  await handle.migrate();
}
