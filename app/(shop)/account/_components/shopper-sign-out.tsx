"use client";

import { signOut } from "next-auth/react";

export function ShopperSignOut({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded-full border border-stone-300 px-4 py-1.5 text-sm hover:bg-stone-50"
    >
      {label}
    </button>
  );
}
