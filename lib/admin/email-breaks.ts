/**
 * An email address cut into pieces where a line may break: before "@" and
 * ".", after "-", "_" and "+" (where a typesetter breaks an address, so
 * neither piece looks like a whole address). The page joins them with
 * <wbr>, which adds nothing to copied text, instead of break-all's
 * "walk-…@exam / ple.com".
 */
export function emailBreaks(email: string): string[] {
  return email.split(/(?=[@.])|(?<=[-_+])/).filter(Boolean);
}
