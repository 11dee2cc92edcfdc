import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { LinkRequestFormClient, type LinkRequestField } from "./link-request-form.client";

export async function LinkRequestForm({
  action,
  fields,
  submitLabel,
  hidden,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: LinkRequestField[];
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations("Account");
  return <LinkRequestFormClient action={action} fields={fields} submitLabel={submitLabel} sendingLabel={t("sending")} hidden={hidden} />;
}
