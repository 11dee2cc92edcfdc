/** The strip and bar every sandbox payment page starts with. */
export function SandboxHeader({
  badge,
  logo,
  methodName,
  wide,
}: {
  badge: string;
  logo?: string;
  methodName?: string;
  wide: boolean;
}) {
  return (
    <header>
      <p className="bg-amber-300 px-4 py-1.5 text-center text-xs font-semibold tracking-wide text-amber-950">
        {badge}
      </p>
      <div className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex h-14 items-center gap-3 px-4 ${wide ? "max-w-5xl sm:px-6" : "max-w-md"}`}>
          {/* A data: URI of our own SVG mark: nothing is fetched from the internet. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {logo ? <img src={logo} alt="" className="h-8 w-auto" /> : null}
          {methodName ? <span className="font-semibold">{methodName}</span> : null}
          <span className="ml-auto text-sm font-medium text-slate-500">TTRetail PMS</span>
        </div>
      </div>
    </header>
  );
}
