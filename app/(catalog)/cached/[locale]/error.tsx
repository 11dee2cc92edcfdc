"use client";
import { ErrorPanel } from "@/app/_components/error-panel";

export default function ShopError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
