import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { StaffActor } from "./actor";
import { env } from "@/lib/env";
import { clientIpFrom } from "./client-ip";
import { authOptions } from "./options";

export type StaffSession = { email: string };

export async function getStaffSession(): Promise<StaffSession | undefined> {
  const session = (await getServerSession(authOptions)) as { role?: string; user?: { email?: string | null } } | null;
  if (session?.role !== "staff" || !session.user?.email) return undefined;
  return { email: session.user.email };
}

/**
 * The signed-in staff member as an actor (lib/auth/actor.ts), with the
 * request's client address, or undefined. Until staff are rows of their own
 * there is one staff identity, an owner.
 */
export async function getStaffActor(): Promise<StaffActor | undefined> {
  const session = await getStaffSession();
  if (!session) return undefined;
  const headerList = await headers();
  const clientIp = clientIpFrom(headerList, env.TRUSTED_PROXY_HOPS);
  return { id: "staff", email: session.email, name: "Staff", role: "owner", clientIp };
}

/** Every staff data function calls this first: authorization where the data is touched. */
export async function requireStaff(): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect("/admin/sign-in");
  return staff;
}
