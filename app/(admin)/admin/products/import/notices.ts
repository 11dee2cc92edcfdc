/** What the import page says after a refused upload: codes only in the URL, words here. */
export const importNotices: Record<string, string> = {
  empty: "Choose a CSV file to import.",
  "too-large": "That file is over 8 MB. Import at most 20,000 rows at a time.",
  "bad-form": "The upload did not arrive whole; choose the file and try again.",
  "not-utf8": "That file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.",
  failed: "Something went wrong; nothing was changed. Try again.",
};
