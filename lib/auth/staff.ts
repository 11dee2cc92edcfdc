import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { resolveStaffSession } from "@/lib/staff/sessions";
import type { StaffActor } from "./actor";
import { clientIpFrom } from "./client-ip";
import { authOptions } from "./options";

export type StaffSession = { email: string };

/**
 * The signed-in staff member as an actor (lib/auth/actor.ts), with the
 * request's client address, or undefined. The cookie names a session row;
 * the row and its member are read on every request (once per request), so a
 * removed member, a changed role or a reset factor ends the session at once.
 */
export const getStaffActor = cache(async (): Promise<StaffActor | undefined> => {
  const session = (await getServerSession(authOptions)) as { role?: string; staffSessionId?: string } | null;
  if (session?.role !== "staff" || !session.staffSessionId) return undefined;
  const actor = await resolveStaffSession(await getDb(), session.staffSessionId);
  if (!actor) return undefined;
  return { ...actor, clientIp: clientIpFrom(await headers(), env.TRUSTED_PROXY_HOPS) };
});

export async function getStaffSession(): Promise<StaffSession | undefined> {
  const actor = await getStaffActor();
  return actor && { email: actor.email };
}
