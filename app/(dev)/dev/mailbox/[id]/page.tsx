import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getStaffActor } from "@/lib/auth/staff";
import { getMailboxMessage } from "@/lib/mail/mailbox";

type Props = { params: Promise<{ id: string }> };

export default async function MailboxMessagePage({ params }: Props) {
  const found = await getMailboxMessage(await getStaffActor(), (await params).id);
  if (found.access === "sign-in") redirect("/admin/sign-in");
  if (found.access !== "ok" || !found.row) notFound();
  const message = found.row;
  return (
    <article className="flex flex-col gap-4">
      <Link href="/dev/mailbox" className="text-sm text-sky-800 underline">
        ← Mailbox
      </Link>
      <h1 className="text-2xl font-bold">{message.subject}</h1>
      <p className="text-sm text-stone-600">
        to {message.toAddress} · {message.kind} · {message.locale}
      </p>
      <h2 className="font-semibold">HTML</h2>
      {/* sandbox="" : the message's HTML runs no script and cannot navigate this page. */}
      <iframe title="HTML version" sandbox="" srcDoc={message.html} className="h-[28rem] w-full rounded-xl border border-stone-200 bg-white" />
      <h2 className="font-semibold">Text</h2>
      <pre data-testid="mail-text" className="whitespace-pre-wrap rounded-xl border border-stone-200 bg-white p-4 text-sm">
        {message.text}
      </pre>
    </article>
  );
}
