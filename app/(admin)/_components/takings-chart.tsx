import { methodLabel } from "@/lib/admin/method-labels";
import type { DailyTakings } from "@/lib/admin/takings";
import { formatHkd } from "@/lib/money";
import type { PmsPaymentType } from "@pms-kit/client/payment-types";
import { layoutTakings } from "./takings-chart-layout";

// Fixed per method, so a method keeps its colour from day to day and page to page.
const methodColour: Record<PmsPaymentType, string> = {
  WXPAY: "#15803d",
  ALIPAY: "#1d4ed8",
  ALIPAYOS: "#0e7490",
  FPSPAY: "#7e22ce",
  VMPAY: "#b45309",
  UNIONPAY: "#be123c",
};

const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/**
 * The last days' takings as a stacked bar chart, drawn on the server as SVG:
 * no chart script reaches the browser. Screen readers get a title, a summary
 * and a hidden table of every figure.
 */
export function TakingsChart({ takings }: { takings: DailyTakings }) {
  const layout = layoutTakings(takings);
  const { plot, width, height } = layout;
  const first = takings.days[0]?.day ?? "";
  const last = takings.days.at(-1)?.day ?? "";
  const summary = `${formatHkd(takings.totalCents)} taken from ${first} to ${last} (Hong Kong days), by ${takings.methods.map(methodLabel).join(", ") || "no method"}.`;
  const labelEvery = Math.ceil(takings.days.length / 6);
  const column = (width - plot.left - 8) / Math.max(1, takings.days.length);
  return (
    <section aria-labelledby="takings-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="takings-heading" className="text-lg font-semibold">
        Takings, last {takings.days.length} days
      </h2>
      <p className="text-sm text-slate-600">{summary}</p>
      {/* The card's whole width; on a phone the chart keeps a readable size and scrolls inside the card. */}
      {/* Focusable, so the chart can be scrolled with the keyboard where it scrolls. */}
      <div className="overflow-x-auto" tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[32rem]" role="img" aria-labelledby="takings-title takings-desc" data-testid="takings-chart">
          <title id="takings-title">Takings per day by payment method</title>
          <desc id="takings-desc">{summary} The table below the chart lists each day&apos;s figures.</desc>
          <line x1={plot.left} x2={width - 8} y1={plot.bottom} y2={plot.bottom} stroke="#94a3b8" />
          <line x1={plot.left} x2={width - 8} y1={plot.top} y2={plot.top} stroke="#e2e8f0" />
          <text x={plot.left - 6} y={plot.top + 4} textAnchor="end" fontSize="12" fill="#475569">
            {formatHkd(layout.maxCents).replace(".00", "")}
          </text>
          <text x={plot.left - 6} y={plot.bottom} textAnchor="end" fontSize="12" fill="#475569">
            0
          </text>
          {layout.bars.map((bar) => (
            <rect key={`${bar.day}-${bar.method}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={methodColour[bar.method]} />
          ))}
          {takings.days.map((day, i) =>
            i % labelEvery === 0 || i === takings.days.length - 1 ? (
              // The last day's label ends at the plot's edge, so it is never cut off.
              <text
                key={day.day}
                x={i === takings.days.length - 1 ? width - 8 : plot.left + (i + 0.5) * column}
                y={height - 10}
                textAnchor={i === takings.days.length - 1 ? "end" : "middle"}
                fontSize="12"
                fill="#475569"
              >
                {shortDay(day.day)}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      <ul className="flex flex-wrap gap-3 text-sm" aria-label="Methods">
        {takings.methods.map((method) => (
          <li key={method} className="flex items-center gap-1">
            <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
              <rect width="12" height="12" rx="2" fill={methodColour[method]} />
            </svg>
            {methodLabel(method)}
          </li>
        ))}
      </ul>
      <TakingsTable takings={takings} />
    </section>
  );
}

/** Every figure of the chart, for screen readers (and anyone who copies it). */
function TakingsTable({ takings }: { takings: DailyTakings }) {
  return (
    // sr-only on the wrapper, not the table: a table grows to its content whatever its width,
    // and this one pushed the whole page sideways on a phone.
    <div className="sr-only">
      <table>
        <caption>Takings per Hong Kong day by payment method, HKD</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {takings.methods.map((method) => (
              <th key={method} scope="col">
                {methodLabel(method)}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {takings.days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              {takings.methods.map((method) => (
                <td key={method}>{formatHkd(day.byMethod[method] ?? 0)}</td>
              ))}
              <td>{formatHkd(day.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
