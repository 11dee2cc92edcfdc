import Link from "next/link";
import { can, type Permission } from "@/lib/auth/permissions";
import { getStaffActor } from "@/lib/auth/staff";
import { SignOutButton } from "./sign-out-button";

const sections = [
  { key: "payments", href: "/admin", label: "Payments" },
  { key: "orders", href: "/admin/orders", label: "Orders" },
  { key: "products", href: "/admin/products", label: "Products" },
  { key: "categories", href: "/admin/categories", label: "Categories" },
  { key: "stock", href: "/admin/stock", label: "Stock" },
  { key: "staff", href: "/admin/staff", label: "Staff", permission: "staff.manage" },
  { key: "activity", href: "/admin/activity", label: "Activity", permission: "activity.view" },
] as const satisfies readonly { key: string; href: string; label: string; permission?: Permission }[];

/** The back office's bar: sections the member's role reaches, and who is signed in (the actor is resolved once per request). */
export async function AdminHeader({ email, current }: { email: string; current?: (typeof sections)[number]["key"] }) {
  const actor = await getStaffActor();
  const shown = sections.filter((section) => !("permission" in section) || can(actor, section.permission));
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/admin" className="font-semibold">
          Harbour Goods · Back office
        </Link>
        <nav aria-label="Back office" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {shown.map((section) => (
            <Link key={section.key} href={section.href} aria-current={section.key === current ? "page" : undefined} className={section.key === current ? "font-semibold underline" : "underline"}>
              {section.label}
            </Link>
          ))}
        </nav>
        <span className="ml-auto text-sm text-slate-500" title={email}>
          {actor?.name ?? email}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
