import QRCode from "qrcode";

/** A scannable QR code of `text` as inline SVG markup (drawn locally, no network). */
export function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#111827", light: "#ffffff" } });
}
