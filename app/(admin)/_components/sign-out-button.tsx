"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/admin/sign-in" })}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
    >
      Sign out
    </button>
  );
}
