import Link from "next/link";

/** Newer and older pages of a back-office list, as plain links that keep the filter (keyset cursors, lib/admin/keyset.ts). */
export function KeysetPager({ label, base, newer, older, paged }: { label: string; base: string; newer?: string | undefined; older?: string | undefined; paged: boolean }) {
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm";
  const href = (name: "newer" | "older", cursor: string) => `${base}${base.includes("?") ? "&" : "?"}${name}=${encodeURIComponent(cursor)}`;
  if (!newer && !older && !paged) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      {paged && (
        <Link href={base} className={link}>
          Newest
        </Link>
      )}
      {newer && (
        <Link href={href("newer", newer)} rel="prev" className={link}>
          ← Newer
        </Link>
      )}
      {older && (
        <Link href={href("older", older)} rel="next" className={`${link} ml-auto`}>
          Older →
        </Link>
      )}
    </nav>
  );
}
