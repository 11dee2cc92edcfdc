// First-load JavaScript of a page: the script files its HTML loads in a
// modern browser (not `noModule` polyfills), gzip-compressed, plus the
// inline scripts (the RSC payload) reported apart.
import zlib from "node:zlib";

const gzipKb = (text) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length / 1024;

export async function firstLoadJs(base, path, cookie = "") {
  const response = await fetch(base + path, { headers: { cookie } });
  const html = await response.text();
  const sources = new Set();
  let inline = "";
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1];
    if (/\bnomodule\b/i.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) sources.add(src.replace(/&amp;/g, "&"));
    else inline += match[2];
  }
  let chunks = 0;
  for (const src of sources) {
    const file = await fetch(new URL(src, base));
    chunks += gzipKb(await file.text());
  }
  return { status: response.status, files: sources.size, chunksKb: chunks, inlineKb: gzipKb(inline) };
}
