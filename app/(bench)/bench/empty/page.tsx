import { notFound } from "next/navigation";
import { benchRoutesEnabled } from "@/lib/bench/baseline";

/** `npm run bench` measures every shop page's first-load JS against this one. */
export default async function EmptyPage() {
  if (!(await benchRoutesEnabled())) notFound();
  return <p>empty</p>;
}
