import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineStep } from "@/lib/orders/timeline";

/** The order's story in the shopper's words (lib/orders/timeline.ts), oldest first. */
export async function OrderTimeline({ steps }: { steps: TimelineStep[] }) {
  const [t, format] = await Promise.all([getTranslations("Order"), getFormatter()]);
  const methods = await getTranslations("Method");
  const text = (step: TimelineStep): string => {
    switch (step.kind) {
      case "paid":
        return step.method && methods.has(step.method) ? t("step_paid", { method: methods(step.method) }) : t("step_paid_plain");
      case "shipped":
        return t("step_shipped", { carrier: step.carrier, tracking: step.tracking });
      default:
        return t(`step_${step.kind}`);
    }
  };
  return (
    <section>
      <h2 className="mb-3 font-semibold">{t("timeline")}</h2>
      <ol className="flex flex-col gap-3 border-l-2 border-harbour-100 pl-5" data-testid="order-timeline">
        {steps.map((step) => (
          <li key={step.kind} className="relative text-sm" data-testid="timeline-step">
            <span className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full bg-harbour-500" aria-hidden="true" />
            <p className="font-medium">{text(step)}</p>
            <p className="text-stone-600">
              <time dateTime={step.at.toISOString()}>{format.dateTime(step.at, { dateStyle: "medium", timeStyle: "short" })}</time>
            </p>
            {step.kind === "shipped" && step.trackingUrl && (
              <a href={step.trackingUrl} target="_blank" rel="noopener noreferrer" className="text-harbour-700 underline">
                {t("trackParcel", { carrier: step.carrier })}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
