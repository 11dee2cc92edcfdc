import Link from "next/link";
import { auditKindLabels, auditKinds, isAuditKind } from "@/lib/audit/kinds";
import { listActivity, listActivityPeople, parseActivityFilter } from "@/lib/audit/activity";
import { staffRoleLabels, staffRoles, type StaffRole } from "@/lib/auth/actor";
import { AdminHeader } from "../../_components/admin-header";
import { ForbiddenNotice } from "../../_components/forbidden-notice";
import { formatHkTime } from "../../_components/hk-time";
import { staffForPage } from "../../_lib/staff-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const roleLabel = (role: string | null) => (role && (staffRoles as readonly string[]).includes(role) ? staffRoleLabels[role as StaffRole] : "");
const change = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** The audit log, owners only: who did what, to which record, from what to what, from where. */
export default async function ActivityPage({ searchParams }: Props) {
  const actor = await staffForPage();
  const params = await searchParams;
  const problems: string[] = [];
  const { filter, before } = parseActivityFilter(params, problems);
  const [found, people] = await Promise.all([listActivity(actor, filter, before), listActivityPeople(actor)]);
  const base = `/admin/activity?${new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][])}`;
  const field = "rounded-md border border-slate-300 px-2 py-1 font-normal";
  return (
    <>
      <AdminHeader email={actor.email} current="activity" />
      <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <h1 className="text-2xl font-bold">Activity</h1>
        {found.kind !== "ok" ? (
          <ForbiddenNotice actor={actor} />
        ) : (
          <>
            <form className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter activity">
              <label className="flex flex-col gap-1 font-medium">
                Person
                <select name="person" defaultValue={filter.person ?? ""} className={field}>
                  <option value="">Everyone</option>
                  {people.map((email) => (
                    <option key={email} value={email}>
                      {email}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 font-medium">
                Kind
                <select name="kind" defaultValue={filter.kind ?? ""} className={field}>
                  <option value="">All kinds</option>
                  {auditKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {auditKindLabels[kind]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 font-medium">
                From (HKT)
                <input type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
              </label>
              <label className="flex flex-col gap-1 font-medium">
                To (HKT)
                <input type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
              </label>
              <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white">
                Filter
              </button>
            </form>
            {problems.map((problem) => (
              <p key={problem} role="alert" className="rounded-md bg-amber-50 p-3 text-sm">
                {problem}
              </p>
            ))}
            {found.rows.length === 0 ? (
              <p>Nothing recorded matches.</p>
            ) : (
              <table aria-label="Activity" className="w-full border-collapse rounded-lg bg-white text-sm">
                <thead>
                  <tr className="border-b border-slate-200 text-left">
                    <th className="p-2">When (HKT)</th>
                    <th className="p-2">Who</th>
                    <th className="p-2">What</th>
                    <th className="p-2">Record</th>
                    <th className="p-2">Before → after</th>
                    <th className="p-2">Address</th>
                  </tr>
                </thead>
                <tbody>
                  {found.rows.map((row) => (
                    <tr key={row.id} data-testid="activity-row" className="border-b border-slate-100 align-top">
                      <td className="p-2 whitespace-nowrap">{formatHkTime(row.at)}</td>
                      <td className="p-2">
                        {row.actorName ?? row.actorEmail ?? "—"}
                        {row.actorName && <span className="block text-xs text-slate-500">{row.actorEmail} · {roleLabel(row.actorRole)}</span>}
                      </td>
                      <td className="p-2">{isAuditKind(row.kind) ? auditKindLabels[row.kind] : row.kind}</td>
                      <td className="p-2">{row.recordType ? `${row.recordType} ${row.recordId ?? ""}` : ""}</td>
                      <td className="p-2 font-mono text-xs break-all">
                        {change(row.before)}
                        {row.before !== null && row.after !== null && " → "}
                        {change(row.after)}
                      </td>
                      <td className="p-2">{row.clientIp}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <nav aria-label="Activity pages" className="flex gap-2">
              {before !== undefined && (
                <Link href={base} className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm">
                  Newest
                </Link>
              )}
              {found.older !== undefined && (
                <Link href={`${base}${base.endsWith("?") ? "" : "&"}before=${found.older}`} rel="next" className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-1 text-sm">
                  Older →
                </Link>
              )}
            </nav>
          </>
        )}
      </main>
    </>
  );
}
