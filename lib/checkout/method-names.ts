/**
 * A payment method shows our translated name; PMS's own name for it goes underneath only
 * when it tells the shopper something ours does not. It is left out when either name
 * contains the other once case, spaces and punctuation are set aside: "Alipay HK" under
 * "AlipayHK", or "UnionPay (credit card)" under "UnionPay", would only say the name twice.
 * So "信用卡支付" stays under "Visa / Mastercard": it says these are card payments.
 */
export function pmsNameWorthShowing(ourName: string, pmsName: string): string | undefined {
  const ours = comparable(ourName);
  const theirs = comparable(pmsName);
  if (theirs === "" || ours.includes(theirs) || theirs.includes(ours)) return undefined;
  return pmsName.trim();
}

// Full-width brackets and letters (支付寶（香港）) compare like their ASCII forms.
const comparable = (name: string) => name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
