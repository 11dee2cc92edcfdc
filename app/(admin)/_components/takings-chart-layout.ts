import type { DailyTakings } from "@/lib/admin/takings";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";

export type Bar = { day: string; method: PmsPaymentType; x: number; y: number; width: number; height: number; cents: number };
export type ChartLayout = { width: number; height: number; plot: { left: number; top: number; bottom: number }; maxCents: number; bars: Bar[] };

/** A round top for the scale (1, 2 or 5 × a power of ten, in dollars), so the axis label reads well. */
export function niceMaxCents(cents: number): number {
  if (cents <= 0) return 10_000;
  const dollars = cents / 100;
  const power = 10 ** Math.floor(Math.log10(dollars));
  const step = [1, 2, 5, 10].find((m) => m * power >= dollars)!;
  return step * power * 100;
}

/** Stacked bars, one column per day, methods stacked in the order given; coordinates in SVG units. */
export function layoutTakings(takings: DailyTakings, width = 720, height = 240): ChartLayout {
  // Room on the left for a scale label as wide as "HK$10,000" at the SVG's font size.
  const plot = { left: 72, top: 12, bottom: height - 26 };
  const maxCents = niceMaxCents(Math.max(0, ...takings.days.map((d) => d.totalCents)));
  const column = (width - plot.left - 8) / Math.max(1, takings.days.length);
  const scale = (plot.bottom - plot.top) / maxCents;
  const bars: Bar[] = [];
  takings.days.forEach((day, i) => {
    let base = plot.bottom;
    for (const method of takings.methods) {
      const cents = day.byMethod[method] ?? 0;
      if (cents === 0) continue;
      const h = cents * scale;
      base -= h;
      bars.push({ day: day.day, method, x: plot.left + i * column + 1, y: base, width: Math.max(1, column - 2), height: h, cents });
    }
  });
  return { width, height, plot, maxCents, bars };
}
