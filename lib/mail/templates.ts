import { createTranslator } from "use-intl/core";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { itemName } from "@/lib/catalog/names";
import { addressOneLine } from "@/lib/checkout/address-lines";
import type { DeliveryAddress } from "@/lib/checkout/delivery";
import { storeValues } from "@/lib/merchant";
import type { LocalizedText } from "@/lib/db/schema";
import { formatHkd } from "@/lib/money";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import zhHK from "@/messages/zh-HK.json";

const catalogs = { en, "zh-HK": zhHK, "zh-CN": zhCN } as const;

/** A message ready for the outbox: subject, HTML and plain text, in the shopper's language. */
export type RenderedMail = { subject: string; html: string; text: string };

export type OrderMailInput = {
  locale: string;
  orderRef: string;
  orderUrl: string;
  totalCents: number;
  deliveryFeeCents: number;
  deliveryMethod: "courier" | "pickup" | null;
  deliveryAddress: DeliveryAddress | null;
  // The variant the shopper chose ("Large, 15 cm"), so the mail names what is in the parcel.
  items: { name: LocalizedText; variantLabel?: LocalizedText | null; quantity: number; lineTotalCents: number }[];
};

function translator(locale: string) {
  const lang: Locale = isLocale(locale) ? locale : defaultLocale;
  return { lang, t: createTranslator({ locale: lang, messages: catalogs[lang], namespace: "Mail" }) };
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

type Block = { kind: "p"; text: string } | { kind: "rows"; rows: [string, string][]; strongLast?: boolean } | { kind: "link"; label: string; href: string };

/** One layout for every message, so the HTML and the text say the same thing. */
function compose(subject: string, blocks: Block[], footer: string): RenderedMail {
  const htmlBlocks = blocks.map((block) => {
    if (block.kind === "p") return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    if (block.kind === "link") {
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:#0f5f8c;color:#fff;padding:10px 18px;border-radius:999px;text-decoration:none">${escapeHtml(block.label)}</a></p>`;
    }
    const rows = block.rows
      .map(([label, value], i) => {
        const weight = block.strongLast && i === block.rows.length - 1 ? "font-weight:bold;" : "";
        return `<tr><td style="padding:4px 12px 4px 0;${weight}">${escapeHtml(label)}</td><td style="padding:4px 0;text-align:right;${weight}">${escapeHtml(value)}</td></tr>`;
      })
      .join("");
    return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;min-width:280px">${rows}</table>`;
  });
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(subject)}</h1>${htmlBlocks.join("")}<p style="color:#78716c;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
  const text = [
    subject,
    "",
    ...blocks.map((block) => {
      if (block.kind === "p") return `${block.text}\n`;
      if (block.kind === "link") return `${block.label}: ${block.href}\n`;
      return `${block.rows.map(([label, value]) => `${label}: ${value}`).join("\n")}\n`;
    }),
    footer,
  ].join("\n");
  return { subject, html, text };
}

function orderBlocks(t: ReturnType<typeof translator>["t"], lang: Locale, input: OrderMailInput): Block[] {
  const items: [string, string][] = input.items.map((item) => [`${itemName(item.name, item.variantLabel, lang)} × ${item.quantity}`, formatHkd(item.lineTotalCents)]);
  const fee = input.deliveryFeeCents === 0 ? t("free") : formatHkd(input.deliveryFeeCents);
  const address = input.deliveryAddress;
  const delivery =
    input.deliveryMethod === "courier" && address
      ? `${t("courierTo")} ${addressOneLine(address, lang, catalogs[lang].Checkout.regions[address.region])}`
      : input.deliveryMethod === "pickup"
        ? t("pickup", storeValues(lang))
        : undefined;
  return [
    { kind: "rows", rows: items },
    {
      kind: "rows",
      strongLast: true,
      rows: [
        [t("items"), formatHkd(input.totalCents - input.deliveryFeeCents)],
        [t("deliveryFee"), fee],
        [t("total"), formatHkd(input.totalCents)],
      ],
    },
    ...(delivery ? [{ kind: "p" as const, text: delivery }] : []),
    { kind: "link", label: t("viewOrder"), href: input.orderUrl },
  ];
}

export function renderOrderConfirmation(input: OrderMailInput): RenderedMail {
  const { t, lang } = translator(input.locale);
  const subject = t("orderConfirmation.subject", { order: input.orderRef });
  const intro = t("orderConfirmation.intro", { order: input.orderRef, total: formatHkd(input.totalCents) });
  return compose(subject, [{ kind: "p", text: intro }, ...orderBlocks(t, lang, input)], t("footer", storeValues(lang)));
}

export function renderFulfilmentNotice(input: OrderMailInput & ({ kind: "shipped"; carrier: string; tracking: string } | { kind: "ready_for_pickup" })): RenderedMail {
  const { t, lang } = translator(input.locale);
  const subject = input.kind === "shipped" ? t("shipped.subject", { order: input.orderRef }) : t("readyForPickup.subject", { order: input.orderRef });
  const intro =
    input.kind === "shipped"
      ? t("shipped.intro", { order: input.orderRef, carrier: input.carrier, tracking: input.tracking })
      : t("readyForPickup.intro", { order: input.orderRef });
  return compose(subject, [{ kind: "p", text: intro }, ...orderBlocks(t, lang, input)], t("footer", storeValues(lang)));
}

/**
 * The shipping notice again, with the carrier and tracking number staff
 * corrected, said to be a correction so the shopper knows which one to use.
 */
export function renderShipmentCorrection(input: OrderMailInput & { carrier: string; tracking: string }): RenderedMail {
  const { t, lang } = translator(input.locale);
  const subject = `${t("correction.subjectPrefix")}${t("shipped.subject", { order: input.orderRef })}`;
  const intro = t("shipped.intro", { order: input.orderRef, carrier: input.carrier, tracking: input.tracking });
  return compose(subject, [{ kind: "p", text: t("correction.lead") }, { kind: "p", text: intro }, ...orderBlocks(t, lang, input)], t("footer", storeValues(lang)));
}

export function renderSignInLink(input: { locale: string; url: string; minutes: number; orderRef?: string | undefined }): RenderedMail {
  const { t, lang } = translator(input.locale);
  if (input.orderRef) {
    const subject = t("findOrder.subject", { order: input.orderRef });
    return compose(
      subject,
      [
        { kind: "p", text: t("findOrder.intro", { order: input.orderRef, minutes: input.minutes }) },
        { kind: "link", label: t("findOrder.button"), href: input.url },
        { kind: "p", text: t("signIn.ignore") },
      ],
      t("footer", storeValues(lang)),
    );
  }
  return compose(
    t("signIn.subject"),
    [
      { kind: "p", text: t("signIn.intro", { minutes: input.minutes }) },
      { kind: "link", label: t("signIn.button"), href: input.url },
      { kind: "p", text: t("signIn.ignore") },
    ],
    t("footer", storeValues(lang)),
  );
}

/** A back-office invitation (staff work in English): the single-use link, the role and when it lapses. */
export function renderStaffInvitation(input: { url: string; roleLabel: string; invitedBy: string | null; hours: number; reenrol: boolean }): RenderedMail {
  const subject = input.reenrol ? "Set up your Harbour Goods back-office sign-in again" : "You are invited to the Harbour Goods back office";
  const who = input.invitedBy ? `${input.invitedBy} invited you` : "You are invited";
  const intro = input.reenrol
    ? "An owner reset your second factor. Choose a password and set up your authenticator app again with this link."
    : `${who} to the Harbour Goods back office as ${input.roleLabel}. Choose your name, a password and set up an authenticator app with this link.`;
  return compose(
    subject,
    [
      { kind: "p", text: intro },
      { kind: "link", label: "Accept the invitation", href: input.url },
      { kind: "p", text: `The link works once and lapses in ${input.hours} hours. If you did not expect it, ignore this message.` },
    ],
    "Harbour Goods back office",
  );
}
