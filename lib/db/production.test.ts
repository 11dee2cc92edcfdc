import { describe, expect, it } from "vitest";
import { productionDatabaseProblem } from "./production";

describe("production's database", () => {
  it("is refused without DATABASE_URL: each host would keep its own order book", () => {
    expect(productionDatabaseProblem({ NODE_ENV: "production", DATABASE_URL: undefined, PGLITE_DIR: undefined })).toMatch(/DATABASE_URL/);
  });

  it("is PostgreSQL, or the embedded database named on purpose for a one-instance demo", () => {
    expect(productionDatabaseProblem({ NODE_ENV: "production", DATABASE_URL: "postgres://db/shop", PGLITE_DIR: undefined })).toBeUndefined();
    expect(productionDatabaseProblem({ NODE_ENV: "production", DATABASE_URL: undefined, PGLITE_DIR: "/srv/demo/db" })).toBeUndefined();
  });

  it("leaves the quick start alone", () => {
    expect(productionDatabaseProblem({ NODE_ENV: "development", DATABASE_URL: undefined, PGLITE_DIR: undefined })).toBeUndefined();
  });
});
