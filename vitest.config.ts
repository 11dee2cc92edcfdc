import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "./vitest.shared";

export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      include: ["{lib,app,scripts,packages,i18n}/**/*.test.{ts,tsx}"],
      exclude: ["**/*.db.test.ts", "**/node_modules/**"],
      environment: "node",
    },
  }),
);
