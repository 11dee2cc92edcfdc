import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { stylesheet } from "./styles";

/** React without JSX: the package runs as TypeScript under tsx, vitest and Next.js alike, whatever their JSX settings. */
export const h = createElement;

export type Page = { status?: number; lang: string; title: string; body: ReactNode; script?: string };

/** A whole HTML document; `script` is the page's one small script (countdown, follow to returnUrl, auto-refresh). */
export function renderDocument({ status = 200, lang, title, body, script }: Page): Response {
  const markup = renderToStaticMarkup(
    h(
      "html",
      { lang },
      h(
        "head",
        null,
        h("meta", { charSet: "utf-8" }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("meta", { name: "robots", content: "noindex, nofollow" }),
        h("title", null, title),
        h("style", { dangerouslySetInnerHTML: { __html: stylesheet } }),
      ),
      h("body", null, body, script ? h("script", { dangerouslySetInnerHTML: { __html: script } }) : null),
    ),
  );
  return new Response(`<!doctype html>${markup}`, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // No Referer (the page's URL holds the payment's token) leaves for another site; same-origin
      // form posts keep their Origin, which the router checks ("no-referrer" would send Origin: null).
      "referrer-policy": "same-origin",
      // The pages are never framed (a payment page inside another site's frame is a clickjacking target).
      "x-frame-options": "DENY",
    },
  });
}

/** A 303 to `location`: after a form post the browser GETs the next page. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
