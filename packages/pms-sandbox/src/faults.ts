/**
 * "Bad days on demand": switches that make the sandbox misbehave the ways a
 * real PMS can, so a merchant can rehearse each failure. Written as
 * `name` or `name:milliseconds`, comma-separated (PMS_SANDBOX_FAULTS), and
 * switched from the console, which overrides the environment per fault.
 */
export const faultNames = [
  "gateway-slow",
  "gateway-down",
  "sales-slow",
  "sales-down",
  "sales-601",
  "query-slow",
  "query-down",
  "webhook-drop",
  "webhook-duplicate",
  "webhook-reorder",
  "webhook-delay",
] as const;
export type FaultName = (typeof faultNames)[number];

export const faultDescriptions: Record<FaultName, string> = {
  "gateway-slow": "/online/gateway answers only after a delay (default 15 s)",
  "gateway-down": "/online/gateway answers HTTP 503",
  "sales-slow": "/online/sales creates the sale, then answers only after a delay (default 15 s)",
  "sales-down": "/online/sales answers HTTP 503 and creates nothing",
  "sales-601": '/online/sales answers errorCode "601" and creates nothing',
  "query-slow": "/online/query answers only after a delay (default 15 s)",
  "query-down": "/online/query answers HTTP 503",
  "webhook-drop": "notifications are never sent (state dropped); resend from the console",
  "webhook-duplicate": "every delivery is POSTed twice",
  "webhook-reorder":
    "due notifications go newest first, and a non-refund notification waits (default 10 s) so a refund overtakes it",
  "webhook-delay": "a new notification waits before its first delivery (default 60 s)",
};

/** Delays for the faults that have one, unless the switch names its own. */
export const defaultFaultMs: Partial<Record<FaultName, number>> = {
  "gateway-slow": 15_000,
  "sales-slow": 15_000,
  "query-slow": 15_000,
  "webhook-reorder": 10_000,
  "webhook-delay": 60_000,
};

export type FaultSwitch = { on: boolean; ms?: number };
export type FaultOverrides = Partial<Record<FaultName, FaultSwitch>>;
/** The faults in effect, each with its delay when it has one. */
export type ActiveFaults = Partial<Record<FaultName, { ms?: number }>>;

export function isFaultName(value: string): value is FaultName {
  return (faultNames as readonly string[]).includes(value);
}

/** Reads `sales-601, query-slow:20000`; unknown names are returned, not fatal. */
export function parseFaultList(text: string): { faults: ActiveFaults; unknown: string[] } {
  const faults: ActiveFaults = {};
  const unknown: string[] = [];
  for (const item of text.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean)) {
    const [name = "", msText] = item.split(":");
    const ms = msText === undefined ? undefined : Number(msText);
    if (!isFaultName(name) || (ms !== undefined && !(Number.isInteger(ms) && ms >= 0))) {
      unknown.push(item);
      continue;
    }
    faults[name] = ms === undefined ? {} : { ms };
  }
  return { faults, unknown };
}

/** Console switches win over the environment, fault by fault. */
export function mergeFaults(fromEnv: ActiveFaults, overrides: FaultOverrides): ActiveFaults {
  const merged: ActiveFaults = { ...fromEnv };
  for (const name of faultNames) {
    const override = overrides[name];
    if (!override) continue;
    if (override.on) merged[name] = { ms: override.ms ?? fromEnv[name]?.ms };
    else delete merged[name];
  }
  return merged;
}

export function hasFault(faults: ActiveFaults, name: FaultName): boolean {
  return faults[name] !== undefined;
}

/** The fault's delay in ms, or 0 when it is off. */
export function faultMs(faults: ActiveFaults, name: FaultName): number {
  const fault = faults[name];
  if (!fault) return 0;
  return fault.ms ?? defaultFaultMs[name] ?? 0;
}
