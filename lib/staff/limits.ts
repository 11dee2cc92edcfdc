/** How long staff sessions and invitations last: read by lib/staff and by the pruner (lib/db/prune.ts). A leaf. */
export const staffIdleMs = 12 * 3_600_000;
export const invitationHours = 72;
