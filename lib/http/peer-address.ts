import http from "node:http";
import { peerAddressHeader } from "@/lib/auth/client-ip";
import { processSingleton } from "@/lib/process-singleton";

const installed = processSingleton<true>("peer-address");

/**
 * Stamps every incoming request with its socket's address, under a header
 * a client cannot set (any value it sends is overwritten). Next passes no
 * remote address to route handlers, actions or proxy.ts, and only sets
 * x-forwarded-for when the client did not, so without a proxy this is the
 * one address a client cannot choose (lib/auth/client-ip.ts). Installed once
 * at start, before the server answers its first request.
 */
export function stampPeerAddresses(): void {
  if (installed.peek()) return;
  installed.set(true);
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[peerAddressHeader] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
