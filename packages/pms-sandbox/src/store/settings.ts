import { eq } from "drizzle-orm";
import { z } from "zod";
import { faultNames, mergeFaults, type ActiveFaults, type FaultName, type FaultOverrides } from "../faults";
import type { DbOrTx } from "./db";
import { pmsSettings } from "./schema";

const faultSwitchSchema = z.object({ on: z.boolean(), ms: z.number().int().nonnegative().optional() });
export const faultOverridesSchema = z.partialRecord(z.enum(faultNames), faultSwitchSchema);
const paymentTimeoutSchema = z.number().int().positive();

export type SandboxSettings = { faultOverrides: FaultOverrides; paymentTimeoutMs?: number };

/** The console's switches; a row that no longer parses is ignored, not fatal. */
export async function readSandboxSettings(db: DbOrTx): Promise<SandboxSettings> {
  const rows = await db.select().from(pmsSettings);
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const faults = faultOverridesSchema.safeParse(value("faults") ?? {});
  const timeout = paymentTimeoutSchema.safeParse(value("paymentTimeoutMs"));
  return {
    faultOverrides: faults.success ? faults.data : {},
    paymentTimeoutMs: timeout.success ? timeout.data : undefined,
  };
}

/** The faults the sandbox started with (environment, command line), overridden fault by fault by the console. */
export async function readActiveFaults(db: DbOrTx, startFaults: ActiveFaults = {}): Promise<ActiveFaults> {
  const { faultOverrides } = await readSandboxSettings(db);
  return mergeFaults(startFaults, faultOverrides);
}

/** The console's payment timeout, else the one the sandbox started with. */
export async function readPaymentTimeoutMs(db: DbOrTx, startMs: number): Promise<number> {
  return (await readSandboxSettings(db)).paymentTimeoutMs ?? startMs;
}

export async function writeFaultSwitch(db: DbOrTx, name: FaultName, value: { on: boolean; ms?: number } | null) {
  const { faultOverrides } = await readSandboxSettings(db);
  const next: FaultOverrides = { ...faultOverrides };
  if (value) next[name] = value;
  else delete next[name];
  await writeSetting(db, "faults", next);
}

export async function clearFaultSwitches(db: DbOrTx): Promise<void> {
  await writeSetting(db, "faults", {});
}

/** `null` returns to the timeout the sandbox started with. Applies to sales made afterwards. */
export async function writePaymentTimeout(db: DbOrTx, ms: number | null): Promise<void> {
  if (ms === null) await db.delete(pmsSettings).where(eq(pmsSettings.key, "paymentTimeoutMs"));
  else await writeSetting(db, "paymentTimeoutMs", paymentTimeoutSchema.parse(ms));
}

async function writeSetting(db: DbOrTx, key: string, value: unknown): Promise<void> {
  await db
    .insert(pmsSettings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: pmsSettings.key, set: { value, updatedAt: new Date() } });
}
