import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export function AdminHeader({ email }: { email: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/admin" className="font-semibold">
          Harbour Goods · Back office
        </Link>
        <span className="ml-auto text-sm text-slate-500">{email}</span>
        <SignOutButton />
      </div>
    </header>
  );
}
