import { marks } from "./logos/marks";
import type { PaymentType } from "./payment-types";

/** `data:image/svg+xml;base64,…` of the method's mark, as /online/gateway answers it. */
export async function getLogoDataUri(type: PaymentType): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(marks[type], "utf8").toString("base64")}`;
}
