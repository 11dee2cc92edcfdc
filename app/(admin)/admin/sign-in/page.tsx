import { redirect } from "next/navigation";
import { staffConfig } from "@/lib/auth/options";
import { getStaffSession } from "@/lib/auth/staff";
import { SignInForm } from "../../_components/sign-in-form";
import { signInErrorMessage } from "../../_components/sign-in-errors";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffSignInPage({ searchParams }: Props) {
  const { error } = await searchParams;
  if (await getStaffSession()) redirect("/admin");
  return (
    <main className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-16">
      <h1 className="text-2xl font-bold">Staff sign-in</h1>
      {staffConfig.enabled ? (
        <SignInForm initialError={signInErrorMessage(typeof error === "string" ? error : undefined)} />
      ) : (
        <p role="alert" className="rounded-md bg-amber-50 p-4 text-sm">
          Staff sign-in is turned off: {staffConfig.reason}. Set NEXTAUTH_SECRET to turn it on.
        </p>
      )}
    </main>
  );
}
