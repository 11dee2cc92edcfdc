import { describe, expect, it } from "vitest";
import type { Heartbeat } from "./heartbeats";
import { checkJobs } from "./jobs-check";

const t0 = 1_000_000;
const loops = (entries: Record<string, Heartbeat>) => new Map(Object.entries(entries));

describe("checkJobs", () => {
  it("is healthy while every loop finished a tick within three intervals (at least a minute)", () => {
    const beats = loops({
      reconcile: { intervalMs: 5_000, startedAt: t0, lastTickAt: t0 + 100_000 },
      webhooks: { intervalMs: 300_000, startedAt: t0, lastTickAt: undefined },
    });
    expect(checkJobs(beats, true, t0 + 150_000)).toEqual({ ok: true, detail: "2 loops ticking" });
  });

  it("names the loops that are late", () => {
    const beats = loops({
      reconcile: { intervalMs: 5_000, startedAt: t0, lastTickAt: t0 + 1_000 },
      webhooks: { intervalMs: 300_000, startedAt: t0, lastTickAt: undefined },
    });
    expect(checkJobs(beats, true, t0 + 61_001)).toEqual({ ok: false, detail: "late: reconcile" });
    expect(checkJobs(beats, true, t0 + 900_001).detail).toBe("late: reconcile, webhooks");
  });

  it("fails when jobs should run but none started, and passes when this process runs none by choice", () => {
    expect(checkJobs(new Map(), true, t0).ok).toBe(false);
    expect(checkJobs(new Map(), false, t0)).toEqual({ ok: true, detail: "off in this process (BACKGROUND_JOBS=off)" });
  });
});
