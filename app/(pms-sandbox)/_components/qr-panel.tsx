import type { Dictionary } from "@pms-kit/sandbox/dictionaries";

/** The wallet's QR code: a real one, encoding the sandbox's scan page for this payment. */
export function QrPanel({
  dictionary,
  svg,
  scanUrl,
  size,
}: {
  dictionary: Dictionary;
  svg: string;
  scanUrl: string;
  size: "large" | "small";
}) {
  const t = dictionary.page;
  return (
    <div className="flex flex-col items-center gap-3 text-center">
      <h2 className="text-lg font-semibold">{t.scanToPay}</h2>
      <div
        role="img"
        aria-label={t.qrCode}
        className={`rounded-lg border border-slate-200 bg-white p-2 [&>svg]:h-full [&>svg]:w-full ${
          size === "large" ? "h-60 w-60" : "h-44 w-44"
        }`}
        // Markup drawn by the qrcode package from our own URL; it holds only <path>s.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p className="max-w-xs text-sm text-slate-600">{t.scanHint}</p>
      <a href={scanUrl} className="text-xs break-all text-slate-500 underline">
        {scanUrl}
      </a>
    </div>
  );
}
