"use client";

import { useEffect, useRef, useState } from "react";
import { useKeepFieldsAction } from "@/app/_components/use-keep-fields-action";
import { idleState } from "@/lib/action-state";
import { startPaymentAction } from "@/lib/checkout/actions";
import { deliveryFeeCents, deliveryRegions, type DeliveryMethod, type DeliveryRegion } from "@/lib/checkout/delivery";
import type { DetailField } from "@/lib/checkout/details";
import { formatHkd } from "@/lib/money";
import { FieldError, LabeledInput } from "./labeled-input";
import { MethodChoices, PayFooter, type MethodOption } from "./payment-method-form.client";

type Fields = Partial<Record<DetailField, string>>;

/** Every string the form shows, translated by the server wrapper; `pay` is per delivery method (the fee differs). */
export type CheckoutLabels = {
  contact: string;
  delivery: string;
  address: string;
  fields: Record<DetailField, string>;
  deliveryOption: Record<DeliveryMethod, string>;
  deliveryNote: Record<DeliveryMethod, string>;
  chooseRegion: string;
  regions: Record<DeliveryRegion, string>;
  chooseMethod: string;
  summary: string;
  items: string;
  deliveryFee: string;
  free: string;
  total: string;
  pay: Record<DeliveryMethod, string>;
  paying: string;
  secureNote: string;
};

/**
 * Contact, delivery and method in one form, with the order summary beside it (below it on a
 * phone, just above the Pay button): `summary` lists the lines, rendered by the server, and the
 * fee and total under it follow the delivery chosen here, as the Pay button does. Inputs are controlled so what the
 * shopper typed stays on screen when the server refuses it; the server checks
 * everything again and computes the fee itself. Labels come translated from
 * the server wrapper: no message catalog in the browser.
 */
export function CheckoutFormClient({
  methods,
  itemsCents,
  initial,
  labels,
  summary,
}: {
  methods: MethodOption[];
  itemsCents: number;
  initial: Fields;
  labels: CheckoutLabels;
  summary: React.ReactNode;
}) {
  const { state, formAction, pending, onSubmit } = useKeepFieldsAction(startPaymentAction, idleState);
  const [fields, setFields] = useState<Fields>({ delivery: "courier", ...initial });
  const delivery = (fields.delivery === "pickup" ? "pickup" : "courier") satisfies DeliveryMethod;
  const feeCents = deliveryFeeCents(delivery, itemsCents);
  const errorOf = (field: DetailField) => state.fieldErrors?.[field]?.[0];
  const form = useRef<HTMLFormElement>(null);
  // A refused form puts the shopper on its first wrong field: on a phone the errors are a long
  // scroll above the Pay button, where only the summary line shows.
  useEffect(() => {
    if (state.fieldErrors) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const input = (field: DetailField, options: { type?: string; autoComplete?: string; required?: boolean } = {}) => (
    <LabeledInput
      name={field}
      label={labels.fields[field]}
      value={fields[field] ?? ""}
      error={errorOf(field)}
      onChange={(event) => setFields((old) => ({ ...old, [field]: event.target.value }))}
      required={options.required ?? false}
      type={options.type ?? "text"}
      autoComplete={options.autoComplete}
    />
  );

  return (
    <form
      ref={form}
      action={formAction}
      // A refused payment must leave every field (radios included) as the shopper set it.
      onSubmit={onSubmit}
      noValidate
      className="grid gap-8 lg:grid-cols-[1fr_24rem] lg:items-start"
    >
      <div className="flex flex-col gap-6">
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 font-semibold">{labels.contact}</legend>
          {input("email", { type: "email", autoComplete: "email", required: true })}
          {input("phone", { type: "tel", autoComplete: "tel" })}
        </fieldset>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 font-semibold">{labels.delivery}</legend>
          {(["courier", "pickup"] as const).map((method) => (
            <label
              key={method}
              className="flex cursor-pointer items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 has-[:checked]:border-harbour-600 has-[:checked]:ring-2 has-[:checked]:ring-harbour-100"
            >
              <input
                type="radio"
                name="delivery"
                value={method}
                checked={delivery === method}
                onChange={() => setFields((old) => ({ ...old, delivery: method }))}
                className="h-4 w-4 shrink-0 accent-harbour-600"
              />
              <span className="flex flex-col">
                <span className="font-medium">{labels.deliveryOption[method]}</span>
                <span className="text-xs text-stone-500">{labels.deliveryNote[method]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {delivery === "courier" && (
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 font-semibold">{labels.address}</legend>
            {input("name", { autoComplete: "name", required: true })}
            {input("line1", { autoComplete: "address-line1", required: true })}
            {input("line2", { autoComplete: "address-line2" })}
            {input("district", { autoComplete: "address-level2", required: true })}
            <label className="flex flex-col gap-1 text-sm font-medium">
              {labels.fields.region}
              <select
                name="region"
                required
                aria-invalid={Boolean(errorOf("region"))}
                aria-describedby="region-error"
                value={fields.region ?? ""}
                onChange={(event) => setFields((old) => ({ ...old, region: event.target.value }))}
                className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-500"
              >
                <option value="">{labels.chooseRegion}</option>
                {deliveryRegions.map((region) => (
                  <option key={region} value={region}>
                    {labels.regions[region]}
                  </option>
                ))}
              </select>
              <FieldError id="region-error" error={errorOf("region")} />
            </label>
          </fieldset>
        )}
        <MethodChoices methods={methods} legend={labels.chooseMethod} />
      </div>
      <div className="flex flex-col gap-4 lg:sticky lg:top-24">
        <section aria-labelledby="checkout-summary" className="rounded-2xl border border-stone-200 bg-white p-6">
          <h2 id="checkout-summary" className="mb-3 font-semibold">
            {labels.summary}
          </h2>
          {summary}
          <dl className="mt-4 flex flex-col gap-1 border-t border-stone-200 pt-4 text-sm" data-testid="checkout-breakdown">
            <div className="flex justify-between">
              <dt>{labels.items}</dt>
              <dd className="tabular-nums">{formatHkd(itemsCents)}</dd>
            </div>
            <div className="flex justify-between">
              <dt>{labels.deliveryFee}</dt>
              <dd className="tabular-nums">{feeCents === 0 ? labels.free : formatHkd(feeCents)}</dd>
            </div>
            <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-bold">
              <dt>{labels.total}</dt>
              <dd className="tabular-nums" data-testid="checkout-total">
                {formatHkd(itemsCents + feeCents)}
              </dd>
            </div>
          </dl>
        </section>
        <PayFooter
          error={state.status === "error" ? state.message : undefined}
          pending={pending}
          pay={labels.pay[delivery]}
          paying={labels.paying}
          secureNote={labels.secureNote}
        />
      </div>
    </form>
  );
}
