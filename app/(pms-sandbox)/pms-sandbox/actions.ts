"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { Sandbox } from "@pms-kit/sandbox";
import { recordStaffAction } from "@/lib/audit";
import { getStaffActor } from "@/lib/auth/staff";
import { getDb } from "@/lib/db";
import { sandboxForConsole } from "@/lib/pms-sandbox/access";

type Kind = "sandbox.switch" | "sandbox.command";

/**
 * Every console command: who may (lib/pms-sandbox/access.ts), then the
 * command, then one audit row naming who did what with which fields (the
 * sandbox keeps its own tables, so the row follows the command rather than
 * sharing its transaction). In development nobody is signed in: no row.
 */
async function run(kind: Kind, form: FormData | undefined, command: (console: Sandbox["console"]) => Promise<void>): Promise<void> {
  // Outside the try: the 404 and sign-in redirect are thrown for Next to answer.
  const actor = await getStaffActor();
  const found = await sandboxForConsole(actor);
  if (found.access === "sign-in") redirect("/admin/sign-in");
  if (found.access !== "ok") notFound();
  const { sandbox } = found;
  try {
    await command(sandbox.console);
    if (actor) await recordStaffAction(await getDb(), actor, { kind, after: form ? fieldsOf(form) : { reset: true } });
  } catch (error) {
    // A hand-edited form is the only way here; the page simply shows the unchanged state.
    console.warn("[pms-sandbox] console action refused:", error instanceof Error ? error.message : error);
  }
  revalidatePath("/pms-sandbox");
}

/** The form's text fields, kept short: what was switched or done, never a file. */
function fieldsOf(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([name, value]) => typeof value === "string" && !name.startsWith("$ACTION")).slice(0, 10).map(([name, value]) => [name, String(value).slice(0, 100)]));
}

export async function completePaymentAction(form: FormData) {
  await run("sandbox.command", form, (console) => console.complete(form));
}

export async function resendWebhookAction(form: FormData) {
  await run("sandbox.command", form, (console) => console.resend(form));
}

export async function switchFaultAction(form: FormData) {
  await run("sandbox.switch", form, (console) => console.switchFault(form));
}

export async function resetFaultsAction() {
  await run("sandbox.switch", undefined, (console) => console.resetFaults());
}

export async function setPaymentTimeoutAction(form: FormData) {
  await run("sandbox.switch", form, (console) => console.setPaymentTimeout(form));
}
