"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** The page's <html lang>, read after hydration (the server render says English). */
export function usePageLang(): string {
  return useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => "en");
}
