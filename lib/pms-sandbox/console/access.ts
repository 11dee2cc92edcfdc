import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireStaff } from "@/lib/auth/staff";
import { consoleNeedsStaff, isSandboxEnabled } from "../config";
import { loadConsoleData, type ConsoleData } from "./load";

/**
 * Every console read and command passes here first: 404 while the sandbox
 * is off; in production a staff session, else the staff sign-in page. The
 * shopper's payment page never does: it is public, as on a real PMS.
 */
export async function requireConsoleAccess(): Promise<void> {
  if (!isSandboxEnabled()) notFound();
  if (consoleNeedsStaff()) await requireStaff();
}

/** The console page's data, for whoever may see it. */
export async function readConsole(): Promise<ConsoleData> {
  await requireConsoleAccess();
  return loadConsoleData(await getDb());
}
