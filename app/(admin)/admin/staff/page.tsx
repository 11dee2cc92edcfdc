import { parseKeysetPage } from "@/lib/admin/keyset";
import { staffRoleLabels } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listStaffForOwner } from "@/lib/staff/queries";
import { AdminHeader } from "../../_components/admin-header";
import { ForbiddenNotice } from "../../_components/forbidden-notice";
import { formatHkTime } from "../../_components/hk-time";
import { KeysetPager } from "../../_components/keyset-pager";
import { InviteStaffForm, StaffMemberActions } from "../../_components/staff-forms";
import { staffForPage } from "../../_lib/staff-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const problems: string[] = [];
  const params = await searchParams;
  const page = parseKeysetPage(params, problems);
  const removed = typeof params.removed === "string" ? params.removed.slice(0, 100) : undefined;
  const found = can(actor, "staff.manage") ? await listStaffForOwner(actor, page) : undefined;
  return (
    <>
      <AdminHeader email={actor.email} current="staff" />
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <h1 className="text-2xl font-bold">Staff</h1>
        {!found || found.kind !== "ok" ? (
          <ForbiddenNotice actor={actor} />
        ) : (
          <>
            <p role="status" aria-live="polite" className="text-sm text-slate-600">
              {removed && `${removed} is removed; their sessions ended.`}
            </p>
            {problems.map((problem) => (
              <p key={problem} role="alert" className="rounded-md bg-amber-50 p-3 text-sm">
                {problem}
              </p>
            ))}
            <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id="invite-heading" className="mb-3 text-lg font-semibold">
                Invite a member
              </h2>
              <InviteStaffForm />
            </section>
            <table aria-label="Staff members" className="w-full border-collapse rounded-lg bg-white text-sm">
              <thead>
                <tr className="border-b border-slate-200 text-left">
                  <th className="p-2">Name</th>
                  <th className="p-2">Email</th>
                  <th className="p-2">Role</th>
                  <th className="p-2">Second factor</th>
                  <th className="p-2">Joined</th>
                  <th className="p-2">Actions</th>
                </tr>
              </thead>
              <tbody>
                {found.rows.map((member) => (
                  <tr key={member.id} data-testid="staff-row" className="border-b border-slate-100 align-top">
                    <td className="p-2 font-medium">{member.name}</td>
                    <td className="p-2">{member.email}</td>
                    <td className="p-2">{staffRoleLabels[member.role]}</td>
                    <td className="p-2">
                      {member.enrolled ? `TOTP, ${member.recoveryCodesLeft} recovery codes left` : member.hasPassword ? "Reset: waiting to enrol again" : "None (demo owner)"}
                    </td>
                    <td className="p-2">{formatHkTime(member.createdAt)}</td>
                    <td className="p-2">
                      {member.id === actor.id ? <span className="text-slate-500">You</span> : <StaffMemberActions member={{ id: member.id, name: member.name, role: member.role, enrolled: member.enrolled }} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <KeysetPager label="Staff pages" base="/admin/staff" newer={found.newer} older={found.older} paged={page.direction !== "first"} />
          </>
        )}
      </main>
    </>
  );
}
