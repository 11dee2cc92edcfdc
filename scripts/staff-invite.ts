// Prints a one-time link that makes a staff member: `npm run staff:invite -- --owner you@example.com`
// (or `--role staff|read_only EMAIL`). How the first owner of a production shop is made, where
// STAFF_PASSWORD is refused; the link is also mailed. Safe beside running instances on PostgreSQL.
import { staffRoles, type StaffRole } from "../lib/auth/actor";
import { getDatabase } from "../lib/db";
import { env } from "../lib/env";
import { inviteStaff } from "../lib/staff/invitations";

function parseArgs(args: string[]): { email: string; role: StaffRole } | string {
  let role: StaffRole | undefined;
  let email: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--owner") role = "owner";
    else if (arg === "--role") {
      const value = args[++i];
      if (!staffRoles.includes(value as StaffRole)) return `--role takes one of ${staffRoles.join(", ")}`;
      role = value as StaffRole;
    } else if (!arg.startsWith("--")) email = arg;
    else return `unknown option ${arg}`;
  }
  if (!email) return "name the email to invite";
  if (!role) return "say --owner, or --role staff|read_only";
  return { email, role };
}

async function main() {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === "string") {
    console.error(`staff:invite: ${parsed}\nUsage: npm run staff:invite -- --owner EMAIL   (or --role staff|read_only EMAIL)`);
    process.exitCode = 2;
    return;
  }
  const handle = await getDatabase();
  try {
    const result = await inviteStaff(handle.db, null, parsed, { appUrl: env.APP_URL });
    if (result.kind === "invited") {
      console.log(`Invitation for ${parsed.email} (${parsed.role}), valid once for 72 hours:\n${result.url}`);
    } else if (result.kind === "invalid") {
      console.error(`staff:invite: ${Object.values(result.fieldErrors).flat().join(" ")}`);
      process.exitCode = 2;
    } else {
      console.error(`staff:invite: ${parsed.email} is already a member; an owner can reset their second factor at /admin/staff.`);
      process.exitCode = 1;
    }
  } finally {
    await handle.close();
  }
}

// A clear one-line error for an operator, not a stack trace.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
