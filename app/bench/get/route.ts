import { benchRoutesEnabled, notFound } from "@/lib/bench/baseline";

export async function GET() {
  if (!(await benchRoutesEnabled())) return notFound();
  return new Response("ok", { headers: { "content-type": "text/plain" } });
}
