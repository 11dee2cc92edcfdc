import { benchRoutesEnabled, insertBenchRow, notFound, readSmallBody } from "@/lib/bench/baseline";

export async function POST(request: Request) {
  if (!(await benchRoutesEnabled())) return notFound();
  const body = await readSmallBody(request);
  if (body === null) return Response.json({ errorCode: "40002" }, { status: 413 });
  await insertBenchRow(body);
  return Response.json({ errorCode: "0", errorMessage: "received" });
}
