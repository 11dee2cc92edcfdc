import { z } from "zod";
import { webhookMaxAttempts } from "../config";
import { faultNames, type ActiveFaults } from "../faults";
import { outcomes } from "../status";
import type { Db } from "../store/db";
import { requeueDelivery } from "../store/deliveries";
import { settlePayment } from "../store/outcomes";
import { clearFaultSwitches, writeFaultSwitch, writePaymentTimeout } from "../store/settings";

/**
 * What the console's buttons do, each from a FormData that is parsed before
 * use. Refused transitions (approving a payment that already timed out) are
 * simply no-ops: the table shows the state that won.
 */

const uuid = z.uuid();

export type CommandClock = { now: Date; faults?: ActiveFaults };

export async function completeFromConsole(db: Db, form: FormData, at: CommandClock = { now: new Date() }): Promise<void> {
  const input = z.object({ id: uuid, outcome: z.enum(outcomes) }).parse(Object.fromEntries(form));
  await settlePayment(db, { transactionId: input.id, outcome: input.outcome, now: at.now, faults: at.faults });
}

export async function resendFromConsole(db: Db, form: FormData, at: CommandClock = { now: new Date() }): Promise<void> {
  const { id } = z.object({ id: uuid }).parse(Object.fromEntries(form));
  await requeueDelivery(db, id, at.now, webhookMaxAttempts);
}

const faultFormSchema = z.object({
  name: z.enum(faultNames),
  mode: z.enum(["on", "off", "env"]),
  ms: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().min(0).max(600_000).optional()),
});

export async function switchFaultFromConsole(db: Db, form: FormData): Promise<void> {
  const { name, mode, ms } = faultFormSchema.parse(Object.fromEntries(form));
  await writeFaultSwitch(db, name, mode === "env" ? null : { on: mode === "on", ms });
}

export async function resetFaultsFromConsole(db: Db): Promise<void> {
  await clearFaultSwitches(db);
}

const timeoutFormSchema = z.object({
  seconds: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(86_400).optional()),
});

/** Empty seconds returns to the timeout the sandbox started with. */
export async function setPaymentTimeoutFromConsole(db: Db, form: FormData): Promise<void> {
  const { seconds } = timeoutFormSchema.parse(Object.fromEntries(form));
  await writePaymentTimeout(db, seconds === undefined ? null : seconds * 1000);
}
