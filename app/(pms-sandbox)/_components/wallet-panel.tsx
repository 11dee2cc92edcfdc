import type { Dictionary } from "@pms-kit/sandbox/dictionaries";
import { renderQrSvg } from "@pms-kit/sandbox";
import { QrPanel } from "./qr-panel";
import { WalletControls } from "./wallet-controls";

/** WeChat Pay, Alipay, Alipay HK, FPS: a QR code for a phone, and the sandbox's own controls. */
export async function WalletPanel({
  dictionary,
  token,
  scanUrl,
  pc,
}: {
  dictionary: Dictionary;
  token: string;
  scanUrl: string;
  pc: boolean;
}) {
  const controls = (
    <section aria-labelledby="pms-controls" className="flex flex-col gap-2">
      <h2 id="pms-controls" className="text-sm font-semibold text-slate-700">
        {dictionary.page.testControls}
      </h2>
      <p className="text-sm text-slate-600">{dictionary.page.testControlsHint}</p>
      <WalletControls dictionary={dictionary} token={token} from="page" stacked />
    </section>
  );
  const qr = (
    <QrPanel dictionary={dictionary} svg={await renderQrSvg(scanUrl)} scanUrl={scanUrl} size={pc ? "large" : "small"} />
  );
  // On a phone the shopper cannot scan their own screen: the controls come first.
  return (
    <div className="flex flex-col gap-6">
      {pc ? qr : controls}
      <hr className="border-slate-200" />
      {pc ? controls : qr}
    </div>
  );
}
