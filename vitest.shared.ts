import path from "node:path";
import type { ViteUserConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export const sharedConfig: ViteUserConfig = {
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "test/empty-module.ts"),
    },
  },
};
