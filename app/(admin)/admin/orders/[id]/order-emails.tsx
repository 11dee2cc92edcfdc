import Link from "next/link";
import { mailKindLabel, mailStatus } from "@/lib/admin/mail-labels";
import type { OrderForStaff } from "@/lib/admin/order-queries";
import { formatHkTime } from "../../../_components/hk-time";
import { AdminCard } from "../../../_components/admin-card";


/** Every mail written for the order, named in words, with where it stands (lib/admin/mail-labels.ts). */
export function Emails({ mail, delivery }: Pick<OrderForStaff, "mail" | "delivery">) {
  return (
    <AdminCard id="emails" title="Emails">
      {mail.length === 0 ? (
        <p className="text-slate-500">None written.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {mail.map((message) => (
            <li key={message.id} data-testid="order-mail">
              <span className="font-semibold">{mailKindLabel(message.kind)}</span> to {message.toAddress} ·{" "}
              {message.subject} · <Status message={message} delivery={delivery} />
            </li>
          ))}
        </ul>
      )}
    </AdminCard>
  );
}

function Status({ message, delivery }: { message: OrderForStaff["mail"][number]; delivery: OrderForStaff["delivery"] }) {
  const status = mailStatus(message, delivery);
  switch (status.kind) {
    case "sent":
      return <>sent {formatHkTime(status.at)} (HKT)</>;
    case "kept-in-outbox":
      return (
        <span className="text-slate-600">
          kept in the outbox (no SMTP_URL) — see{" "}
          <Link href={status.mailbox} prefetch={false} className="underline">
            /dev/mailbox
          </Link>
        </span>
      );
    case "not-configured":
      return <span className="text-rose-700">not sent: SMTP_URL is not set, so nothing sends mail</span>;
    case "queued":
      return <>queued, not tried yet</>;
    case "sending":
      return <>sending (attempt {status.attempts})</>;
    case "failing":
      return (
        <span className="text-rose-700">
          not sent after {status.attempts} {status.attempts === 1 ? "attempt" : "attempts"}; last error: {status.lastError}; next try{" "}
          {formatHkTime(status.nextAttemptAt)} (HKT)
        </span>
      );
  }
}
