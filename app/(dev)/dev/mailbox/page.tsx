import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getStaffActor } from "@/lib/auth/staff";
import { listMailbox } from "@/lib/mail/mailbox";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MailboxPage({ searchParams }: Props) {
  const to = (await searchParams).to;
  const found = await listMailbox(await getStaffActor(), { to: typeof to === "string" ? to : undefined });
  if (found.access === "sign-in") redirect("/admin/sign-in");
  if (found.access !== "ok") notFound();
  const messages = found.rows;
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Mailbox</h1>
      <p className="text-sm text-stone-600">
        SMTP_URL is not set, so mail stays here instead of being sent. This page exists only in development and demo mode (staff only in a production demo).
      </p>
      <form className="flex gap-2">
        <label className="flex items-center gap-2 text-sm">
          Recipient
          <input name="to" type="email" defaultValue={typeof to === "string" ? to : ""} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-sm text-white">
          Filter
        </button>
      </form>
      {messages.length === 0 ? (
        <p>No mail.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white" data-testid="mailbox">
          {messages.map((message) => (
            <li key={message.id} data-testid="mail-row" className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <Link href={`/dev/mailbox/${message.id}`} className="font-medium text-sky-800 underline">
                {message.subject}
              </Link>
              <span className="text-sm text-stone-500">
                to {message.toAddress} · {message.kind} · {message.createdAt.toISOString()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
