import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

export type RunningServer = { url: string; port: number; close: () => Promise<void> };

/**
 * Serves a Request → Response handler (a sandbox's `fetch`) on node:http.
 * `port` 0 takes a free one; the answer says which.
 */
export async function serveHandler(
  handler: (request: Request) => Promise<Response>,
  { port, host = "127.0.0.1", publicHost = "localhost" }: { port: number; host?: string; publicHost?: string },
): Promise<RunningServer> {
  const server = http.createServer((req, res) => void answer(handler, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${publicHost}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function answer(handler: (request: Request) => Promise<Response>, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const method = req.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
      method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      // @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types do not know it.
      duplex: hasBody ? "half" : undefined,
    });
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (method === "HEAD" || !response.body) {
      res.end();
      return;
    }
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error("[pms-sandbox] request failed:", error);
    if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end("Bad Request");
  }
}
