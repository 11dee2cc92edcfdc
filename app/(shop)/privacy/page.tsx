import type { Metadata } from "next";
import { merchantValues, TrustPage, trustMetadata } from "../_components/trust-page";

export async function generateMetadata(): Promise<Metadata> {
  return trustMetadata("privacy");
}

/** Under Hong Kong's PDPO: what we keep, why, how long, and how to ask (the account page does the asking). */
export default async function PrivacyPage() {
  return <TrustPage page="privacy" sections={["keep", "why", "howLong", "rights"]} values={await merchantValues()} />;
}
