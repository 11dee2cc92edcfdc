import type { Metadata } from "next";
import { merchantValues, TrustPage, trustMetadata } from "../_components/trust-page";

export async function generateMetadata(): Promise<Metadata> {
  return trustMetadata("returns");
}

export default async function ReturnsPage() {
  return <TrustPage page="returns" sections={["change", "faulty", "refund"]} values={await merchantValues()} />;
}
