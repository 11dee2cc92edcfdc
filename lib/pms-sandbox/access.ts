import "server-only";
import { notFound } from "next/navigation";
import type { ConsoleData, Sandbox } from "@pms-kit/sandbox";
import { requireStaff } from "@/lib/auth/staff";
import { consoleNeedsStaff, isSandboxEnabled } from "./config";
import { getSandbox } from "./mount";

/**
 * Every console read and command passes here first: 404 while the sandbox
 * is off; in production a staff session, else the staff sign-in page. The
 * shopper's payment page never does: it is public, as on a real PMS.
 * Returns the sandbox the console acts on.
 */
export async function requireConsoleAccess(): Promise<Sandbox> {
  if (!isSandboxEnabled()) notFound();
  if (consoleNeedsStaff()) await requireStaff();
  return getSandbox();
}

/** The console page's data, for whoever may see it. */
export async function readConsole(): Promise<ConsoleData> {
  return (await requireConsoleAccess()).console.load();
}
