import { z } from "zod";
import { optionalResponseInt, optionalResponseText, responseRrn } from "./schema-helpers";

/**
 * PMS webhook body (note `amount`, not `amt`, and `txDatetime` with a lower-case t).
 * It carries no status and no signature, so anyone can send one: treat it only as a hint to
 * call /online/query for `rrn` (docs/pms/NOTES.md #17). Every field but rrn is optional and a bad optional
 * field is dropped rather than rejected, so a quirky notification still triggers that query.
 */
export const pmsWebhookSchema = z.looseObject({
  storeCode: optionalResponseText(),
  tillId: optionalResponseText(),
  type: optionalResponseText(),
  rrn: responseRrn(),
  amount: optionalResponseInt(),
  gwRefCode: optionalResponseText(),
  txDatetime: optionalResponseText(),
  salesman: optionalResponseText(),
  orgRrn: optionalResponseText(),
});
export type PmsWebhook = z.infer<typeof pmsWebhookSchema>;
