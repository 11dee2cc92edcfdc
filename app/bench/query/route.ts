import { after } from "next/server";
import { benchRoutesEnabled, insertBenchRow, notFound, queryPmsAndRecord, readSmallBody } from "@/lib/bench/baseline";

// The flash row's floor: what any confirmation must do (store, answer, ask PMS once, write once), and nothing else.
export async function POST(request: Request) {
  if (!(await benchRoutesEnabled())) return notFound();
  const body = await readSmallBody(request);
  if (body === null) return Response.json({ errorCode: "40002" }, { status: 413 });
  await insertBenchRow(body);
  after(() => queryPmsAndRecord(body).catch((error: unknown) => console.warn(`[bench] query floor: ${String(error)}`)));
  return Response.json({ errorCode: "0", errorMessage: "received" });
}
