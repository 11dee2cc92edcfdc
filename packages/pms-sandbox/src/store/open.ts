import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "./db";

export type SandboxDatabase = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

/**
 * The sandbox's own database when it runs on its own: PostgreSQL for a
 * `postgres://` or `postgresql://` URL (several sandboxes may share it),
 * else PGlite in a folder (one process at a time: a lock file beside it says
 * who), else PGlite in memory, gone when the process ends.
 */
export async function openSandboxDatabase(where?: string): Promise<SandboxDatabase> {
  if (where && /^postgres(ql)?:\/\//i.test(where)) {
    const client = postgres(where, { max: 10, onnotice: () => {} });
    return { db: drizzlePostgres(client) as unknown as Db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  if (!where) return fromPglite(new PGlite(), () => {});
  const dir = path.resolve(where);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockFolder(dir);
  try {
    return fromPglite(await PGlite.create(dir), release);
  } catch (error) {
    release();
    throw error;
  }
}

function fromPglite(client: PGlite, release: () => void): SandboxDatabase {
  return {
    db: drizzlePglite(client) as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** `<dir>.lock` holds the pid of the process using the folder; a lock whose process is gone is taken over. */
function lockFolder(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  try {
    const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new Error(`The sandbox database at ${dir} is in use by process ${holder}: stop it, or use another folder.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockPath, String(process.pid));
  const release = () => fs.rmSync(lockPath, { force: true });
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
