"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { Sandbox } from "@pms-kit/sandbox";
import { getStaffActor } from "@/lib/auth/staff";
import { sandboxForConsole } from "@/lib/pms-sandbox/access";

async function run(command: (console: Sandbox["console"]) => Promise<void>): Promise<void> {
  // Outside the try: the 404 and sign-in redirect are thrown for Next to answer.
  const found = await sandboxForConsole(await getStaffActor());
  if (found.access === "sign-in") redirect("/admin/sign-in");
  if (found.access !== "ok") notFound();
  const { sandbox } = found;
  try {
    await command(sandbox.console);
  } catch (error) {
    // A hand-edited form is the only way here; the page simply shows the unchanged state.
    console.warn("[pms-sandbox] console action refused:", error instanceof Error ? error.message : error);
  }
  revalidatePath("/pms-sandbox");
}

export async function completePaymentAction(form: FormData) {
  await run((console) => console.complete(form));
}

export async function resendWebhookAction(form: FormData) {
  await run((console) => console.resend(form));
}

export async function switchFaultAction(form: FormData) {
  await run((console) => console.switchFault(form));
}

export async function resetFaultsAction() {
  await run((console) => console.resetFaults());
}

export async function setPaymentTimeoutAction(form: FormData) {
  await run((console) => console.setPaymentTimeout(form));
}
