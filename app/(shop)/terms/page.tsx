import type { Metadata } from "next";
import { merchantValues, TrustPage, trustMetadata } from "../_components/trust-page";

export async function generateMetadata(): Promise<Metadata> {
  return trustMetadata("terms");
}

export default async function TermsPage() {
  return <TrustPage page="terms" sections={["orders", "payment", "delivery", "law"]} values={await merchantValues()} />;
}
