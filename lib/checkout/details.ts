import { z } from "zod";
import { deliveryMethods, deliveryRegions, type CheckoutDetails } from "./shapes";

export type { CheckoutDetails } from "./shapes";

/**
 * The shopper's contact and delivery details, as checkout's form sends them
 * (flat fields). Error messages are keys under `Checkout.errors` so the
 * action can say them in the shopper's language.
 */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const line = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

const formSchema = z
  .object({
    email: z.string({ error: "emailRequired" }).trim().toLowerCase().min(1, { error: "emailRequired" }).pipe(z.email({ error: "emailInvalid" }).max(254, { error: "tooLong" })),
    phone: z.preprocess(blankToUndefined, z.string().trim().regex(/^\+?[0-9][0-9 ()-]{6,19}$/, { error: "phoneInvalid" }).optional()),
    delivery: z.enum(deliveryMethods, { error: "deliveryRequired" }),
    name: z.preprocess(blankToUndefined, line(100).optional()),
    line1: z.preprocess(blankToUndefined, line(200).optional()),
    line2: z.preprocess(blankToUndefined, line(200).optional()),
    district: z.preprocess(blankToUndefined, line(100).optional()),
    region: z.preprocess(blankToUndefined, z.enum(deliveryRegions, { error: "regionRequired" }).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.delivery !== "courier") return;
    for (const field of ["name", "line1", "district"] as const) {
      if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: "required" });
    }
    if (!value.region) ctx.addIssue({ code: "custom", path: ["region"], message: "regionRequired" });
  });

export const detailFields = ["email", "phone", "delivery", "name", "line1", "line2", "district", "region"] as const;
export type DetailField = (typeof detailFields)[number];

export type ParsedDetails =
  | { ok: true; details: CheckoutDetails }
  | { ok: false; fieldErrors: Partial<Record<DetailField, string>> };

export function parseCheckoutDetails(input: Record<string, unknown>): ParsedDetails {
  const parsed = formSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<DetailField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DetailField;
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const { email, phone, delivery, name, line1, line2, district, region } = parsed.data;
  if (delivery === "pickup") return { ok: true, details: { email, phone, delivery } };
  return { ok: true, details: { email, phone, delivery, address: { name: name!, line1: line1!, line2, district: district!, region: region! } } };
}

/** The details as the form's flat fields, to prefill it. */
export function detailsToFields(details: CheckoutDetails | undefined | null): Partial<Record<DetailField, string>> {
  if (!details) return {};
  const address = details.delivery === "courier" ? details.address : undefined;
  return {
    email: details.email,
    phone: details.phone ?? "",
    delivery: details.delivery,
    name: address?.name ?? "",
    line1: address?.line1 ?? "",
    line2: address?.line2 ?? "",
    district: address?.district ?? "",
    region: address?.region ?? "",
  };
}
