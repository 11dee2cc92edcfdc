import { z } from "zod";

/**
 * What staff type to mark an order shipped. The tracking number goes into
 * the shopper's mail and, through the carrier's site, into a URL, so it is
 * held to what carriers print: letters, digits and dashes. English only:
 * the back office is English-only.
 */
export const shipmentSchema = z.object({
  orderId: z.uuid({ error: "That is not an order id." }),
  carrier: z
    .string({ error: "Name the carrier." })
    .trim()
    .min(1, { error: "Name the carrier." })
    .max(60, { error: "At most 60 characters." }),
  trackingNumber: z
    .string({ error: "Enter the tracking number." })
    .trim()
    .min(1, { error: "Enter the tracking number." })
    .max(60, { error: "At most 60 characters." })
    .regex(/^[A-Za-z0-9-]+$/, { error: "Letters, digits and dashes only." }),
});

export const pickupSchema = z.object({ orderId: z.uuid({ error: "That is not an order id." }) });

export type ShipmentInput = z.infer<typeof shipmentSchema>;

/** The first message for each field, as ActionState's fieldErrors carries them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= [issue.message];
  }
  return errors;
}

/** A correction names the carrier and tracking number the parcel really has: the same rules as shipping it. */
export const correctionSchema = shipmentSchema;

export const collectionSchema = pickupSchema;
