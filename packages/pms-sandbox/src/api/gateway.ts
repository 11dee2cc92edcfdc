import { getDictionary } from "../dictionaries";
import { listGateways } from "../gateways";
import type { OperationContext } from "./context";
import { parseFields } from "./parse-fields";
import { gatewayRequestSchema } from "./requests";

/** POST /online/gateway: the six methods, shaped exactly as the spec's example. */
export async function answerGateway({ body, lang }: OperationContext) {
  parseFields(gatewayRequestSchema, body, "40002");
  return {
    extendParam: "",
    gateways: await listGateways(lang),
    errorCode: "0",
    errorMessage: getDictionary(lang).api.gatewaySuccess,
  };
}
