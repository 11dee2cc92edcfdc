"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { requireConsoleAccess } from "@/lib/pms-sandbox/console/access";
import {
  completeFromConsole,
  resendFromConsole,
  resetFaultsFromConsole,
  setPaymentTimeoutFromConsole,
  switchFaultFromConsole,
} from "@/lib/pms-sandbox/console/commands";
import type { Db } from "@/lib/pms-sandbox/store/db";

async function run(command: (db: Db) => Promise<void>): Promise<void> {
  // Outside the try: its 404 and sign-in redirect are thrown for Next to answer.
  await requireConsoleAccess();
  try {
    await command(await getDb());
  } catch (error) {
    // A hand-edited form is the only way here; the page simply shows the unchanged state.
    console.warn("[pms-sandbox] console action refused:", error instanceof Error ? error.message : error);
  }
  revalidatePath("/pms-sandbox");
}

export async function completePaymentAction(form: FormData) {
  await run((db) => completeFromConsole(db, form));
}

export async function resendWebhookAction(form: FormData) {
  await run((db) => resendFromConsole(db, form));
}

export async function switchFaultAction(form: FormData) {
  await run((db) => switchFaultFromConsole(db, form));
}

export async function resetFaultsAction() {
  await run((db) => resetFaultsFromConsole(db));
}

export async function setPaymentTimeoutAction(form: FormData) {
  await run((db) => setPaymentTimeoutFromConsole(db, form));
}
