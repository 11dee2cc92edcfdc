import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { startJobLoop, type JobLoop } from "@/lib/jobs/job-loop";
import { resolveMailConfig } from "./config";
import { createSmtpSender } from "./transport";
import { deliverDueMail } from "./worker";

/** The outbox worker; with no SMTP_URL (development, demo) mail stays in the outbox for /dev/mailbox. */
export function startMailJobs(): JobLoop[] {
  let config;
  try {
    config = resolveMailConfig(env);
  } catch (error) {
    console.error(`[mail] ${error instanceof Error ? error.message : error} Mail stays in the outbox until it is set.`);
    return [];
  }
  if (config.mode === "outbox") return [];
  const send = createSmtpSender({ smtpUrl: config.smtpUrl, from: config.from, appUrl: env.APP_URL });
  return [
    startJobLoop("mail-outbox", 2_000, async () => {
      await deliverDueMail(await getDb(), send);
    }),
  ];
}
