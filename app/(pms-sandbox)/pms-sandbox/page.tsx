import type { Metadata } from "next";
import { connection } from "next/server";
import { AutoRefresh } from "@/app/(pms-sandbox)/_components/auto-refresh";
import { ConsoleConnection } from "@/app/(pms-sandbox)/_components/console-connection";
import { ConsoleDeliveries } from "@/app/(pms-sandbox)/_components/console-deliveries";
import { ConsoleFaults } from "@/app/(pms-sandbox)/_components/console-faults";
import { ConsoleTransactions } from "@/app/(pms-sandbox)/_components/console-transactions";
import { env } from "@/lib/env";
import { notFound, redirect } from "next/navigation";
import { getStaffActor } from "@/lib/auth/staff";
import { readConsole } from "@/lib/pms-sandbox/access";

export const metadata: Metadata = { title: "Console" };

/** The sandbox console: every sale, every notification, and the switches. Staff only in production. */
export default async function ConsolePage() {
  // Rendered per request, never at build time (the database is not there then).
  await connection();
  const found = await readConsole(await getStaffActor());
  if (found.access === "sign-in") redirect("/admin/sign-in");
  // A member whose role does not reach the console is told nothing about it, as while it is off.
  if (found.access !== "ok") notFound();
  const { data } = found;
  return (
    <div>
      <p className="bg-amber-300 px-4 py-1.5 text-center text-xs font-semibold tracking-wide text-amber-950">
        Sandbox · test mode, no real money moves
      </p>
      <main className="mx-auto flex max-w-7xl flex-col gap-5 px-4 py-6 sm:px-6">
        <header className="flex flex-wrap items-center gap-4">
          <h1 className="text-2xl font-bold">PMS sandbox console</h1>
          <div className="ml-auto flex items-center gap-4">
            <AutoRefresh />
            <a href="/pms-sandbox" className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50">
              Refresh
            </a>
          </div>
        </header>
        <div className="grid gap-5 lg:grid-cols-2">
          <ConsoleConnection appUrl={env.APP_URL} data={data} />
          <ConsoleFaults faults={data.faults} unknownEnvFaults={data.unknownEnvFaults} />
        </div>
        <ConsoleTransactions transactions={data.transactions} />
        <ConsoleDeliveries deliveries={data.deliveries} />
      </main>
    </div>
  );
}
