import { redirect } from "next/navigation";
import { staffConfig } from "@/lib/auth/options";
import { getStaffSession } from "@/lib/auth/staff";
import { SignInForm } from "../../_components/sign-in-form";

export default async function StaffSignInPage() {
  if (await getStaffSession()) redirect("/admin");
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-16">
      <h1 className="text-2xl font-bold">Staff sign-in</h1>
      {staffConfig.enabled ? (
        <SignInForm />
      ) : (
        <p role="alert" className="rounded-md bg-amber-50 p-4 text-sm">
          Staff sign-in is turned off: {staffConfig.reason}. Set STAFF_PASSWORD and NEXTAUTH_SECRET to turn it on.
        </p>
      )}
    </main>
  );
}
