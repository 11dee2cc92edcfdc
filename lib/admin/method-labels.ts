import messages from "@/messages/en.json";

const names: Record<string, string> = messages.Method;

/** The back office names a payment method as shoppers read it (English), never by PMS's code. */
export function methodLabel(code: string): string {
  return names[code] ?? code;
}
