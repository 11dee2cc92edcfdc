/**
 * Every kind of row the audit log holds, with how /admin/activity names it.
 * Add a kind here (and its label) before recording it: the log's filter and
 * labels come from this one list. Names are `<area>.<what happened>`.
 */
export const auditKindLabels = {
  "sign_in.success": "Signed in",
  "sign_in.failure": "Sign-in failed",
  "sign_in.lockout": "Sign-in locked out",
  "staff.invite": "Invited a member",
  "staff.accept": "Accepted an invitation",
  "staff.role_change": "Changed a role",
  "staff.remove": "Removed a member",
  "staff.reset_second_factor": "Reset a second factor",
  "staff.recovery_code_used": "Used a recovery code",
  "order.ship": "Marked shipped",
  "order.ready_for_pickup": "Marked ready for pick-up",
  "order.shipment_correction": "Corrected a shipment",
  "order.collected": "Marked collected",
  "order.csv_export": "Downloaded orders CSV",
  "payment.pms_check": "Checked with PMS",
  "sandbox.switch": "Changed a sandbox switch",
  "sandbox.command": "Sandbox console command",
  "catalog.create": "Created in the catalog",
  "catalog.update": "Changed the catalog",
  "catalog.delete": "Removed from the catalog",
} as const;

export type AuditKind = keyof typeof auditKindLabels;

export const auditKinds = Object.keys(auditKindLabels) as AuditKind[];

export function isAuditKind(value: string): value is AuditKind {
  return Object.hasOwn(auditKindLabels, value);
}
