"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/action-state";
import { startPaymentAction } from "@/lib/checkout/actions";

/** `name` is ours, translated; `pmsName` is PMS's own, given only when it adds something (lib/checkout/method-names.ts). */
export type MethodOption = { type: string; name: string; pmsName: string | undefined; logo: string | undefined };

export type PaymentMethodLabels = { chooseMethod: string; pay: string; paying: string; secureNote: string };

/** Labels come translated from the server wrapper: no message catalog in the browser. */
export function PaymentMethodFormClient({
  methods,
  orderId,
  labels,
}: {
  methods: MethodOption[];
  orderId?: string;
  labels: PaymentMethodLabels;
}) {
  const [state, formAction, pending] = useActionState(startPaymentAction, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {orderId && <input type="hidden" name="orderId" value={orderId} />}
      <MethodChoices methods={methods} legend={labels.chooseMethod} />
      <PayFooter
        error={state.status === "error" ? state.message : undefined}
        pending={pending}
        pay={labels.pay}
        paying={labels.paying}
        secureNote={labels.secureNote}
      />
    </form>
  );
}

/** The end of every pay form: the refusal read out at once, the Pay button, and where the payment happens. */
export function PayFooter(props: { error: string | undefined; pending: boolean; pay: string; paying: string; secureNote: string }) {
  const { error, pending, pay, paying, secureNote } = props;
  return (
    <>
      <p aria-live="assertive" role="alert" className="min-h-5 text-sm text-red-700">
        {error ?? ""}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-lantern-500 px-6 py-3 text-lg font-semibold text-white hover:bg-lantern-600 disabled:opacity-60"
      >
        {pending ? paying : pay}
      </button>
      <p className="text-xs text-stone-500">{secureNote}</p>
    </>
  );
}

/** The methods PMS offers, as radio buttons named `method`. */
export function MethodChoices({ methods, legend }: { methods: MethodOption[]; legend: string }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 font-semibold">{legend}</legend>
      {methods.map((method, index) => (
        <label
          key={method.type}
          className="flex cursor-pointer items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 has-[:checked]:border-harbour-600 has-[:checked]:ring-2 has-[:checked]:ring-harbour-100"
        >
          <input type="radio" name="method" value={method.type} defaultChecked={index === 0} className="h-4 w-4 shrink-0 accent-harbour-600" />
          {method.logo ? (
            // A data: URI from PMS, checked to be an inline image by lib/pms; next/image cannot optimise it.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={method.logo} alt="" width={72} height={29} className="h-7 w-[72px] shrink-0 object-contain" />
          ) : null}
          <span className="flex flex-col">
            <span className="font-medium">{method.name}</span>
            {method.pmsName && <span className="text-xs text-stone-500">{method.pmsName}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
