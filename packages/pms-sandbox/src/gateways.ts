import type { SandboxLang } from "./lang";
import { getLogoDataUri } from "./logos";
import { paymentTypeInfo, paymentTypes } from "./payment-types";

export type Gateway = { type: string; desc: string; langDesc: string; base64Logo: string };

/** The `gateways` array of /online/gateway, in the request's language. */
export function listGateways(lang: SandboxLang): Promise<Gateway[]> {
  return Promise.all(
    paymentTypes.map(async (type) => ({
      type,
      desc: paymentTypeInfo[type].desc,
      langDesc: paymentTypeInfo[type].langDesc[lang],
      base64Logo: await getLogoDataUri(type),
    })),
  );
}
