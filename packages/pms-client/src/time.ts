// Hong Kong has been UTC+8 without daylight saving since 1979, so a fixed offset is exact
// and independent of the server's TZ and ICU data.
const HONG_KONG_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `yyyy-MM-dd'T'HH:mm:ss+0800` in Hong Kong time: the exact form PMS documents (docs/pms/NOTES.md #7). */
export function formatPmsDateTime(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError("Cannot format an invalid Date for PMS");
  const hk = new Date(time + HONG_KONG_OFFSET_MS);
  return (
    `${pad(hk.getUTCFullYear(), 4)}-${pad(hk.getUTCMonth() + 1)}-${pad(hk.getUTCDate())}` +
    `T${pad(hk.getUTCHours())}:${pad(hk.getUTCMinutes())}:${pad(hk.getUTCSeconds())}+0800`
  );
}

const PMS_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Tolerant parse of a PMS date-time: offset `+0800`, `+08:00` or `Z`, optional milliseconds.
 * Returns undefined for anything else, including impossible dates such as 2021-02-30.
 */
export function parsePmsDateTime(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const m = PMS_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number, number, number, number, number, number,
  ];
  const millis = m[7] ? Number(m[7].padEnd(3, "0")) : 0;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;

  let offsetMinutes = 0;
  if (!m[8]) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 14 || offsetMins > 59) return undefined;
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }

  const localMs = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const local = new Date(localMs);
  // Date.UTC rolls 2021-02-30 over to March; a round trip exposes that.
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) {
    return undefined;
  }
  return new Date(localMs - offsetMinutes * 60_000);
}
