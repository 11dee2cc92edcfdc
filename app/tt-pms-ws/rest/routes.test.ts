import { afterEach, describe, expect, it, vi } from "vitest";

describe("with the sandbox off", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("every API route answers a plain 404", async () => {
    vi.stubEnv("PMS_SANDBOX", "off");
    vi.resetModules();
    const routes = await Promise.all([
      import("./online/gateway/route"),
      import("./online/sales/route"),
      import("./online/query/route"),
      import("./sandbox/complete/route"),
      import("./sandbox/resend/route"),
      import("./sandbox/list/route"),
    ]);
    for (const { POST } of routes) {
      const response = await POST(new Request("http://localhost/x", { method: "POST", body: "{}" }));
      expect(response.status).toBe(404);
    }
  });
});
