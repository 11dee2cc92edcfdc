/**
 * Carriers whose tracking page takes the number in its URL, matched on the name staff typed
 * (any case, spaces and punctuation ignored). A carrier not listed gets no link: the shopper
 * still reads its name and the number.
 */
const trackingPages: { names: string[]; url: (tracking: string) => string }[] = [
  { names: ["sfexpress", "sf", "順豐", "顺丰", "順豐速運", "顺丰速运"], url: (n) => `https://htm.sf-express.com/hk/en/dynamic_function/waybill/#search/bill-number/${n}` },
  { names: ["dhl", "dhlexpress"], url: (n) => `https://www.dhl.com/hk-en/home/tracking.html?tracking-id=${n}` },
  { names: ["fedex"], url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  { names: ["ups"], url: (n) => `https://www.ups.com/track?loc=en_HK&tracknum=${n}` },
];

const comparable = (name: string) => name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The carrier's own tracking page for this parcel, or undefined when we know of none. */
export function trackingUrl(carrier: string, tracking: string): string | undefined {
  const name = comparable(carrier);
  const page = trackingPages.find((entry) => entry.names.includes(name));
  return page?.url(encodeURIComponent(tracking.trim()));
}
