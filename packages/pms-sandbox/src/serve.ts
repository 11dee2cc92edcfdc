import type { Merchant, SandboxTimings } from "./config";
import { createSandbox, type Sandbox } from "./sandbox";
import { serveHandler } from "./server";
import { migrateSandbox } from "./store/migrate";
import { openSandboxDatabase, type SandboxDatabase } from "./store/open";
import { anyHttpUrl, onlyOrigins } from "./url-policy";
import { sandboxHandler } from "./web/router";

export type ServeOptions = {
  port: number;
  host?: string;
  /** Where browsers reach it; http://localhost:<port> by default. */
  publicUrl?: string;
  merchants: readonly Merchant[];
  /** A postgres:// URL, a PGlite folder, or undefined for PGlite in memory. */
  database?: string;
  faults?: string;
  /** Only these origins for returnUrl and webhookUrl; any http(s) URL when undefined. */
  allowedOrigins?: readonly string[];
  timings?: Partial<Record<keyof SandboxTimings, number | undefined>>;
  fetch?: typeof fetch;
};

export type ServedSandbox = { url: string; port: number; sandbox: Sandbox; databaseKind: SandboxDatabase["kind"]; close: () => Promise<void> };

/**
 * A whole sandbox on its own: its database (migrated), the HTTP server, and
 * its job loops. `close()` stops the loops (waiting for a tick in progress),
 * then the server, then the database.
 */
export async function serveSandbox(options: ServeOptions): Promise<ServedSandbox> {
  const database = await openSandboxDatabase(options.database);
  try {
    await migrateSandbox(database.db);
    let ready: (handler: (request: Request) => Promise<Response>) => void = () => {};
    const made = new Promise<(request: Request) => Promise<Response>>((resolve) => (ready = resolve));
    const server = await serveHandler(async (request) => (await made)(request), { port: options.port, host: options.host });
    const timings = Object.fromEntries(Object.entries(options.timings ?? {}).filter(([, value]) => value !== undefined));
    const sandbox = createSandbox({
      db: database.db,
      merchants: options.merchants,
      publicUrl: options.publicUrl ?? server.url,
      timings,
      faults: options.faults,
      urlPolicy: options.allowedOrigins ? onlyOrigins(options.allowedOrigins) : anyHttpUrl,
      fetch: options.fetch,
    });
    ready(sandboxHandler(sandbox));
    const loops = sandbox.jobs.start();
    return {
      url: sandbox.config.publicUrl,
      port: server.port,
      sandbox,
      databaseKind: database.kind,
      close: async () => {
        await Promise.all(loops.map((loop) => loop.stop()));
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
