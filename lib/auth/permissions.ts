import type { StaffActor, StaffRole } from "./actor";

/**
 * Who may do what in the back office: one table, checked in one place
 * (`can`). Pages hide what a role may not do; the lib function that does it
 * refuses all the same, with the same answer, however it is called.
 */
export const permissions = [
  "orders.view", // orders, payments, takings, stock and the catalog: every page
  "orders.fulfil", // ship, set aside, correct a shipment, mark collected
  "payments.check", // ask PMS again about a payment
  "catalog.edit", // products, categories, pictures, stock, catalog CSV import
  "csv.export", // CSV downloads, which hold shoppers' personal data
  "mailbox.view", // /dev/mailbox in a production demo: shoppers' mail
  "staff.manage", // invite, change roles, remove, reset a second factor
  "activity.view", // the audit log
  "sandbox.console", // the PMS sandbox's console, in a demo
] as const;

export type Permission = (typeof permissions)[number];

const grants: Record<StaffRole, readonly Permission[]> = {
  owner: permissions,
  staff: ["orders.view", "orders.fulfil", "payments.check", "catalog.edit", "csv.export"],
  read_only: ["orders.view"],
};

export function can(actor: Pick<StaffActor, "role"> | undefined, permission: Permission): boolean {
  return actor !== undefined && grants[actor.role].includes(permission);
}

/** The one refusal a lib function gives a signed-in member whose role does not allow the call. */
export class StaffForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Your role does not allow this (${permission}).`);
    this.name = "StaffForbiddenError";
  }
}

/** Throws StaffForbiddenError unless the actor may; for lib functions whose results have no refusal case. */
export function assertCan(actor: Pick<StaffActor, "role"> | undefined, permission: Permission): asserts actor is StaffActor {
  if (!can(actor, permission)) throw new StaffForbiddenError(permission);
}

/** The words staff see for a refusal, from a page or an action alike. */
export const forbiddenMessage = "Your role does not allow this; nothing was changed.";
