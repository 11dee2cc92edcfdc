import { z } from "zod";
import { deliveryMethods, type DeliveryMethod } from "@/lib/checkout/delivery";
import { orderStatus, type OrderStatus } from "@/lib/db/schema/orders";

/**
 * The back office's order filter, read from a query string. The list page and
 * the CSV export parse the same string here, so the file holds what the page
 * shows. A value that makes no sense is dropped and reported, never thrown:
 * a typo in a URL shows a message, not a 500.
 */
export const orderViews = ["to-fulfil", "all"] as const;
export type OrderView = (typeof orderViews)[number];

/** What the search box found the text to be: an order reference, a whole order id, an email or an rrn. */
export type OrderSearch =
  | { kind: "reference"; prefix: string }
  | { kind: "id"; id: string }
  | { kind: "email"; email: string }
  | { kind: "rrn"; rrn: string };

export type OrderFilter = {
  view: OrderView;
  status?: OrderStatus | undefined;
  delivery?: DeliveryMethod | undefined;
  /** Hong Kong calendar days, YYYY-MM-DD, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  search?: OrderSearch | undefined;
};

export type ParsedOrderFilter = { filter: OrderFilter; problems: string[] };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const isoDay = z.iso.date();

/** First value of a query parameter, trimmed; blank counts as absent. */
function read(params: Params, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A bad value as the message quotes it: short, whatever was sent. */
const shown = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

function pick<T extends string>(values: readonly T[], raw: string | undefined, label: string, problems: string[]): T | undefined {
  if (raw === undefined) return undefined;
  const parsed = z.enum(values).safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(`${label} ${shown(raw)} is not one of ${values.join(", ")}; it was ignored.`);
  return undefined;
}

function day(raw: string | undefined, label: string, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (isoDay.safeParse(raw).success) return raw;
  problems.push(`${label} date ${shown(raw)} is not a date (YYYY-MM-DD); it was ignored.`);
  return undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the search box; undefined (and a problem) when the text is none of the four things it can be. */
export function parseOrderSearch(q: string): OrderSearch | undefined {
  // The 8-character reference in mails is the id's first 8 hex digits, upper-cased (lib/mail/outbox.ts).
  const reference = q.replace(/^#/, "");
  if (/^[0-9a-f]{8}$/i.test(reference)) return { kind: "reference", prefix: reference.toLowerCase() };
  if (uuidPattern.test(q)) return { kind: "id", id: q.toLowerCase() };
  if (/^[0-9]{24}$/.test(q)) return { kind: "rrn", rrn: q };
  const email = z.email().max(254).safeParse(q);
  if (email.success) return { kind: "email", email: email.data.toLowerCase() };
  return undefined;
}

export function parseOrderFilter(params: Params): ParsedOrderFilter {
  const problems: string[] = [];
  const view = pick(orderViews, read(params, "view"), "View", problems) ?? "to-fulfil";
  const status = pick(orderStatus.enumValues, read(params, "status"), "Status", problems);
  const delivery = pick(deliveryMethods, read(params, "delivery"), "Delivery", problems);
  let from = day(read(params, "from"), "From", problems);
  let to = day(read(params, "to"), "To", problems);
  if (from && to && from > to) {
    problems.push(`From (${from}) is after To (${to}); the dates were ignored.`);
    from = to = undefined;
  }
  const q = read(params, "q")?.slice(0, 254);
  const search = q === undefined ? undefined : parseOrderSearch(q);
  if (q !== undefined && !search) {
    problems.push(`Search ${shown(q)} is not an order number (8 characters), an order id, an email or an rrn (24 digits); it was ignored.`);
  }
  return { filter: { view, status, delivery, from, to, q: search ? q : undefined, search }, problems };
}

/** The filter back as a query string (for links such as the CSV export); empty fields are left out. */
export function orderFilterQuery(filter: OrderFilter): string {
  const params = new URLSearchParams();
  params.set("view", filter.view);
  for (const name of ["status", "delivery", "from", "to", "q"] as const) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  return params.toString();
}

/** The instant a Hong Kong day starts (Hong Kong keeps UTC+8 all year, no daylight saving). */
export function hongKongDayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

/** The instant after a Hong Kong day ends: the next day's start, for an exclusive upper bound. */
export function hongKongDayEnd(isoDate: string): Date {
  return new Date(hongKongDayStart(isoDate).getTime() + 24 * 60 * 60 * 1000);
}
