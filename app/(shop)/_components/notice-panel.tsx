import Link from "next/link";

/** A short centred page: a heading, one sentence, one way on. */
export function NoticePanel({ title, body, href, cta }: { title: string; body: string; href: string; cta: string }) {
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-stone-600">{body}</p>
      <Link href={href} className="rounded-full bg-harbour-600 px-6 py-2.5 font-semibold text-white hover:bg-harbour-700">
        {cta}
      </Link>
    </section>
  );
}
