import type { SandboxLang } from "./lang";

/** The six methods of the spec's /online/gateway example, in its order. */
export const paymentTypes = ["WXPAY", "ALIPAY", "ALIPAYOS", "FPSPAY", "VMPAY", "UNIONPAY"] as const;
export type PaymentType = (typeof paymentTypes)[number];

type PaymentTypeInfo = {
  desc: string;
  langDesc: Record<SandboxLang, string>;
  // Wallets are paid by scanning a QR code; cards through a card form.
  kind: "qr" | "card";
  // The brand colour (the payment page's accents).
  color: string;
};

export const paymentTypeInfo: Record<PaymentType, PaymentTypeInfo> = {
  WXPAY: {
    desc: "Wechat Pay",
    langDesc: { zh_hk: "微信支付", zh_cn: "微信支付", en: "WeChat Pay" },
    kind: "qr",
    color: "#1f9d55",
  },
  ALIPAY: {
    desc: "Alipay",
    langDesc: { zh_hk: "支付寶", zh_cn: "支付宝", en: "Alipay" },
    kind: "qr",
    color: "#1677ff",
  },
  ALIPAYOS: {
    desc: "Alipay Oversea",
    langDesc: { zh_hk: "支付寶(香港)", zh_cn: "支付宝(香港)", en: "Alipay HK" },
    kind: "qr",
    color: "#0f5cc4",
  },
  FPSPAY: {
    desc: "Faster Payment System Pay",
    langDesc: { zh_hk: "轉數快", zh_cn: "转数快", en: "FPS" },
    kind: "qr",
    color: "#c2185b",
  },
  VMPAY: {
    desc: "Visa/Master Online",
    langDesc: { zh_hk: "信用卡支付", zh_cn: "信用卡支付", en: "Credit card (Visa/Mastercard)" },
    kind: "card",
    color: "#1a1f71",
  },
  UNIONPAY: {
    desc: "Union Pay",
    langDesc: { zh_hk: "銀聯(信用卡)支付", zh_cn: "银联(信用卡)支付", en: "UnionPay (credit card)" },
    kind: "card",
    color: "#d6001c",
  },
};

export function isPaymentType(value: unknown): value is PaymentType {
  return typeof value === "string" && (paymentTypes as readonly string[]).includes(value);
}
