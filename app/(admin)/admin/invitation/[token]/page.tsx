import type { Metadata } from "next";
import Link from "next/link";
import { staffRoleLabels } from "@/lib/auth/actor";
import { getInvitationForAcceptPage } from "@/lib/staff/queries";
import { AcceptInvitationForm } from "../../../_components/accept-invitation-form";

export const metadata: Metadata = { title: "Join the back office · Harbour Goods", robots: { index: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

const dead = {
  unknown: "This invitation link is not valid.",
  used: "This invitation has been used already.",
  expired: "This invitation has expired: links work for 72 hours.",
};

export default async function AcceptInvitationPage({ params }: Props) {
  const { token } = await params;
  const found = await getInvitationForAcceptPage(token);
  return (
    <main className="mx-auto flex max-w-lg flex-col gap-6 px-4 py-12">
      <h1 className="text-2xl font-bold">Join the Harbour Goods back office</h1>
      {found.kind === "open" ? (
        <>
          <p className="text-sm text-slate-600">
            You are invited as <strong>{staffRoleLabels[found.invitation.role]}</strong> with the email {found.invitation.email}. Choose your name and a password, and
            set up an authenticator app: every member signs in with a code from it.
          </p>
          <AcceptInvitationForm token={token} defaultName={found.name ?? ""} secret={found.enrolment.secret} qrSvg={found.enrolment.qrSvg} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-md bg-amber-50 p-4 text-sm">
            {dead[found.kind]} Ask an owner for a new invitation.
          </p>
          <Link href="/admin/sign-in" className="underline">
            Staff sign-in
          </Link>
        </>
      )}
    </main>
  );
}
