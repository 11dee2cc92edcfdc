import { getDb } from "@/lib/db";
import { exportShopperData } from "@/lib/accounts/personal-data";
import { getShopperSession } from "@/lib/accounts/session";

/** The signed-in shopper's data as a JSON file (lib/accounts/personal-data.ts); nobody else's, and never cached. */
export async function GET() {
  const shopper = await getShopperSession();
  if (!shopper) return Response.json({ error: "sign in first" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const data = await exportShopperData(await getDb(), shopper);
  if (!data) return Response.json({ error: "no such account" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="harbour-goods-data-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
