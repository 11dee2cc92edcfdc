// Bodies copied from pms-api-v1.7.txt. Only change: the sales response's paymentUrl is wrapped
// across three lines in the vendor's document (a PDF artefact); here it is one string.

export function omit<T extends object>(value: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as keyof T)));
}

export const specGatewayRequest = {
  apiKey: "pXBf7pn6lswN7b4N",
  lang: "zh_hk",
  sign: "oqfrzy/ABJH4vn+LA0E4wz1UA0c=",
  timestamp: 1623205724171,
};

export const specGatewayResponse = {
  extendParam: "",
  gateways: [
    { type: "WXPAY", desc: "Wechat Pay", langDesc: "微信支付", base64Logo: "data:image/svg+xml;base64,..." },
    { type: "ALIPAY", desc: "Alipay", langDesc: "支付寶", base64Logo: "data:image/svg+xml;base64,..." },
    { type: "ALIPAYOS", desc: "Alipay Oversea", langDesc: "支付寶(香港)", base64Logo: "data:image/svg+xml;base64,..." },
    { type: "FPSPAY", desc: "Faster Payment System Pay", langDesc: "轉數快", base64Logo: "data:image/svg+xml;base64,..." },
    { type: "VMPAY", desc: "Visa/Master Online", langDesc: "信用卡支付", base64Logo: "data:image/svg+xml;base64,..." },
    { type: "UNIONPAY", desc: "Union Pay", langDesc: "銀聯(信用卡)支付", base64Logo: "data:image/svg+xml;base64,..." },
  ],
  errorCode: "0",
  errorMessage: "no error",
};

export const specSalesRequest = {
  apiKey: "pxBf7pn6lswN7b4N",
  timestamp: 1623399510000,
  sign: "KkiMG0H1KFHvj/YdbucvZ8SUwgQ=",
  lang: "zh_hk",
  storeCode: "WP001",
  tillId: "01",
  txDateTime: "2021-06-11T16:18:30+0800",
  type: "VMPAY",
  salesman: "WP9999",
  cashier: "WP9999",
  amt: 90000,
  rrn: "002106110418309975314570",
  extendParam: '{"subject":"Long Desc","seller":"Short Desc"}',
  returnUrl: "https://www.xxxx.com/checkout-2/order-paid/648",
  ccy: "HKD",
  webhookUrl: "https://www.xxx.com/service/order-paid/648",
};

export const specSalesResponse = {
  type: "VMPAY",
  rrn: "002106110418309975314570",
  storeCode: "WP001",
  tillId: "01",
  tradeMode: "WEBSITE",
  txDateTime: "2021-06-11T16:18:30+0800",
  amt: 90000,
  additionalAmt: 0,
  ccy: "HKD",
  lang: "TC",
  paymentUrl:
    "https://pms-prod-fps.ttretail.com/pms-payment/#/eft-payment?value=ACAC81D9FEB9D13166066F2E4D557EB7FA8962141B1D962E8923CA8910C078708ADD29AE2083EB527C97384183DDFB045849491618F5A4531639C9B93542A9B2",
  gwRefCode: "",
  gwErrorCode: "Approved",
  gwErrorMessage: "",
  timeout: 0,
  errorCode: "0",
  errorMessage: "成功",
};

export const specQueryRequest = {
  apiKey: "pxBf7pn6lswN7b4N",
  timestamp: "1623724168633",
  sign: "6qLdwsBVo1brE2A2n7IVMtFsMAM=",
  type: "WXPAY",
  rrn: "25115260676212289",
  storeCode: "ST01",
  tillId: "01",
};

export const specQueryResponse = {
  type: "WXPAY",
  rrn: "25115260676212289",
  storeCode: "ST01",
  tillId: "01",
  txDateTime: "2021-06-01T15:01:13+0800",
  amt: 1,
  additionalAmt: 0,
  ccy: "HKD",
  lang: null,
  gwRefStatus: "01",
  gwRefCode: "4200001019202106017620699482",
  gwErrorCode: "0",
  gwErrorMessage: "SUCCESS",
  extendParam: "",
  orgRrn: "",
  orgGwRefCode: "",
  errorCode: "0",
  errorMessage: "SUCCESS",
};

export const specWebhook = {
  storeCode: "TT001",
  tillId: "01",
  type: "VMPAY",
  rrn: "002105250533384472389602",
  amount: 10,
  gwRefCode: "2eca6f1c-d2fc-4dc7-8b60-464a29f632c0",
  txDatetime: "2021-05-25T17:33:38+0800",
  salesman: "9999",
  orgRrn: "",
};
