import { expect, test } from "@playwright/test";

test("GET /api/health answers 200 naming each check, and no secret", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    checks: { database: { ok: true }, migrations: { ok: true }, jobs: { ok: true } },
  });
  // The e2e server's staff password and NextAuth secret, and any connection string.
  expect(JSON.stringify(body)).not.toMatch(/e2e-staff-password|e2e-only-nextauth-secret|postgres(ql)?:\/\/|pglite/i);
});
