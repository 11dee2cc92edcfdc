import Link from "next/link";
import { getStaffSession } from "@/lib/auth/staff";
import { SignOutButton } from "../../_components/sign-out-button";

/** Where next-auth's sign-out page sends staff (app/(shop)/account/sign-out): the back office's own. */
export default async function StaffSignOutPage() {
  const staff = await getStaffSession();
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-16">
      <h1 className="text-2xl font-bold">{staff ? "Sign out of the back office" : "You are signed out"}</h1>
      {staff ? (
        <>
          <p className="text-sm text-slate-600">Signed in as {staff.email}.</p>
          <SignOutButton />
        </>
      ) : (
        <Link href="/admin/sign-in" className="underline">
          Staff sign-in
        </Link>
      )}
    </main>
  );
}
