export default function SandboxNotFound() {
  return (
    <main className="mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-24 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-slate-600">There is nothing here, or the PMS sandbox is switched off.</p>
    </main>
  );
}
