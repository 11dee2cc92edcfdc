/**
 * Who is acting, as a value. Pages, actions and routes resolve the signed-in
 * staff member once (lib/auth/staff.ts) and pass this into lib/orders,
 * lib/admin, the catalog, the mailbox and the console, which check it and
 * write it into the audit log (lib/audit). A leaf module: it imports nothing,
 * so any module may take an actor without pulling in next-auth.
 */
export const staffRoles = ["owner", "staff", "read_only"] as const;
export type StaffRole = (typeof staffRoles)[number];

export type StaffActor = {
  /** The staff member's id (staff.id). */
  id: string;
  email: string;
  /** Shown in the back office's "who" columns. */
  name: string;
  role: StaffRole;
  /** The address the request came from, when the actor was resolved from one (audit rows keep it). */
  clientIp?: string | undefined;
};

export const staffRoleLabels: Record<StaffRole, string> = { owner: "Owner", staff: "Staff", read_only: "Read-only" };
