"use client";
import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for a form whose fields must survive a refusal. A form passed to
 * `action` is reset by React once the action settles, which would wipe what the
 * shopper (or staff) typed, radios included, just when an error asks them to fix it.
 * Put the returned `onSubmit` on the form beside `action={formAction}`: with
 * JavaScript the form is submitted by hand and React leaves the fields alone;
 * without it, `action` still posts the form.
 */
export function useKeepFieldsAction<State>(action: (state: Awaited<State>, data: FormData) => State | Promise<State>, initialState: Awaited<State>) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, pending, onSubmit };
}
