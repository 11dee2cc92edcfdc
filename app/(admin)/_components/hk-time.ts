// Staff read every time in Hong Kong time, whatever the server's time zone.
const hongKong = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Hong_Kong", dateStyle: "medium", timeStyle: "medium" });

export function formatHkTime(date: Date): string {
  return hongKong.format(date);
}
