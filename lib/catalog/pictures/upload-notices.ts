import { pictureRefusals, type PictureRefusalCode } from "./process";

/**
 * What the pictures page says after an upload. The upload is a plain form
 * post (it works without JavaScript) answered by a redirect, which carries
 * only one of these codes: never text from the request.
 */
export const uploadNotices = {
  ...pictureRefusals,
  added: "Picture added. The shop shows it from the next request.",
  duplicate: "That picture is already on this product; nothing was changed.",
  "no-alt": "Describe the picture in English (alt text): what a shopper who cannot see it should know.",
  "bad-variant": "That variant is not one of this product's.",
  "bad-form": "The upload did not arrive whole; choose the file and try again.",
  "read-only": "A read-only account cannot change pictures.",
  failed: "Something went wrong; nothing was changed. Try again.",
} as const satisfies Record<PictureRefusalCode | string, string>;

export type UploadNotice = keyof typeof uploadNotices;

export function isUploadNotice(value: unknown): value is UploadNotice {
  return typeof value === "string" && Object.hasOwn(uploadNotices, value);
}
