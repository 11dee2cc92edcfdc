import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDirectoryLock } from "./connect";

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
  dirs.push(dir);
  return path.join(dir, "db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("acquireDirectoryLock", () => {
  it("refuses a folder another live process holds, with a message saying what to do", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => acquireDirectoryLock(dir)).toThrowError(
        new RegExp(`already open in another process \\(pid ${other.pid}\\)[\\s\\S]*PGLITE_DIR[\\s\\S]*DATABASE_URL`),
      );
    } finally {
      other.kill();
    }
  });

  it("takes over a lock whose process is gone, and releases it", () => {
    const dir = tempDir();
    fs.writeFileSync(`${dir}.lock`, "999999999");
    const release = acquireDirectoryLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
