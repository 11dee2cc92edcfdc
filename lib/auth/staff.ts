import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

export type StaffSession = { email: string };

export async function getStaffSession(): Promise<StaffSession | undefined> {
  const session = (await getServerSession(authOptions)) as { role?: string; user?: { email?: string | null } } | null;
  if (session?.role !== "staff" || !session.user?.email) return undefined;
  return { email: session.user.email };
}

/** Every staff data function calls this first: authorization where the data is touched. */
export async function requireStaff(): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect("/admin/sign-in");
  return staff;
}
