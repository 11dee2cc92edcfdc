import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { peerAddressHeader } from "@/lib/auth/client-ip";
import { stampPeerAddresses } from "./peer-address";

describe("stampPeerAddresses", () => {
  it("puts the socket's address on every request, over whatever the client sent", async () => {
    stampPeerAddresses();
    const server = http.createServer((request, response) => response.end(String(request.headers[peerAddressHeader])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const seen = await new Promise<string>((resolve, reject) => {
        const request = http.request({ port, host: "127.0.0.1", localAddress: "127.0.0.2", headers: { [peerAddressHeader]: "198.51.100.7", "x-forwarded-for": "198.51.100.7" } }, (response) => {
          let body = "";
          response.on("data", (chunk) => (body += chunk));
          response.on("end", () => resolve(body));
        });
        request.on("error", reject);
        request.end();
      });
      expect(seen).toBe("127.0.0.2");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
