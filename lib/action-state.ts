/** What a form's server action returns, rendered by the form in an aria-live region. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
};

export const idleState: ActionState = { status: "idle" };
