import type { PictureSource } from "@/lib/catalog/pictures/store";

/** What a rendered picture needs: its renditions and shape. Plain data, so client components take it too. */
export type PictureView = { sources: PictureSource[]; width: number; height: number; alt: string };

const srcSetOf = (sources: PictureSource[]) => sources.map((source) => `${source.url} ${source.width}w`).join(", ");

/**
 * An uploaded product picture: AVIF where the browser takes it, else WebP,
 * each at the width the layout needs (`sizes`). Plain <picture>: the
 * renditions already exist in the database, so next/image's optimiser
 * would only encode them again.
 */
export function ProductPicture({
  picture,
  sizes,
  className,
  priority = false,
}: {
  picture: PictureView;
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  const avif = picture.sources.filter((source) => source.format === "avif");
  const webp = picture.sources.filter((source) => source.format === "webp");
  const fallback = webp.at(-1) ?? picture.sources.at(-1);
  if (!fallback) return null;
  return (
    <picture>
      {avif.length > 0 && <source type="image/avif" srcSet={srcSetOf(avif)} sizes={sizes} />}
      {/* A plain img: renditions are made at upload (lib/catalog/pictures); the optimiser would redo them. */}
      <img
        src={fallback.url}
        srcSet={srcSetOf(webp)}
        sizes={sizes}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
