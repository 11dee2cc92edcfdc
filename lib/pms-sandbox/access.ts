import "server-only";
import type { ConsoleData, Sandbox } from "@pms-kit/sandbox";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { consoleNeedsStaff, isSandboxEnabled } from "./config";
import { getSandbox } from "./mount";

/**
 * Every console read and command asks here first, with the member the page
 * or action resolved: off while the sandbox is off; in production an owner
 * only (a demo's switches change what every shopper sees). The answer is a
 * value; the page or action decides what a refusal looks like. The
 * shopper's payment page never asks: it is public, as on a real PMS.
 */
export type ConsoleAccess = "ok" | "off" | "sign-in" | "forbidden";

export function consoleAccess(actor: StaffActor | undefined): ConsoleAccess {
  if (!isSandboxEnabled()) return "off";
  if (!consoleNeedsStaff()) return "ok";
  if (!actor) return "sign-in";
  return can(actor, "sandbox.console") ? "ok" : "forbidden";
}

/** The sandbox the console acts on, for whoever may use it. */
export async function sandboxForConsole(actor: StaffActor | undefined): Promise<{ access: "ok"; sandbox: Sandbox } | { access: Exclude<ConsoleAccess, "ok"> }> {
  const access = consoleAccess(actor);
  if (access !== "ok") return { access };
  return { access, sandbox: await getSandbox() };
}

/** The console page's data, for whoever may see it. */
export async function readConsole(actor: StaffActor | undefined): Promise<{ access: "ok"; data: ConsoleData } | { access: Exclude<ConsoleAccess, "ok"> }> {
  const found = await sandboxForConsole(actor);
  if (found.access !== "ok") return found;
  return { access: "ok", data: await found.sandbox.console.load() };
}
