import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductPicture } from "@/app/_components/product-picture";
import { staffForPage } from "@/app/(admin)/_lib/staff-page";
import { getProductForPictures } from "@/lib/catalog/pictures/store";
import { maxUploadBytes } from "@/lib/catalog/pictures/process";
import { isUploadNotice, uploadNotices } from "@/lib/catalog/pictures/upload-notices";
import { AdminHeader } from "../../../../_components/admin-header";
import { PictureEditor } from "./picture-editor";
import { PictureFileInput } from "./picture-file-input";
import { variantOptions } from "./variant-options";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export default async function ProductPicturesPage({ params, searchParams }: Props) {
  const actor = await staffForPage();
  const productId = Number((await params).id);
  if (!Number.isSafeInteger(productId) || productId <= 0) notFound();
  const product = await getProductForPictures(actor, { productId });
  if (!product) notFound();
  const { notice } = await searchParams;
  const shown = isUploadNotice(notice) ? notice : undefined;
  const options = variantOptions(product.variants);
  return (
    <>
      <AdminHeader email={actor.email} />
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <nav aria-label="Breadcrumb" className="flex flex-wrap gap-3 text-sm">
          <Link href={`/admin/products/${product.id}`} className="underline">
            ← Edit {product.name.en}
          </Link>
          {product.status === "published" && (
            <Link href={`/products/${product.slug}`} className="underline" prefetch={false}>
              See it in the shop
            </Link>
          )}
        </nav>
        <h1 className="text-xl font-bold">Pictures of {product.name.en}</h1>
        {/* What the last upload did: a refusal is an alert, success a status. */}
        <p
          role={shown && shown !== "added" ? "alert" : "status"}
          className={`min-h-5 text-sm font-medium ${shown === "added" ? "text-emerald-800" : "text-red-700"}`}
          data-testid="upload-notice"
        >
          {shown ? uploadNotices[shown] : ""}
        </p>
        <section aria-labelledby="upload-heading" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
          <h2 id="upload-heading" className="mb-1 font-semibold">
            Upload a picture
          </h2>
          <p className="mb-3 text-slate-600">
            JPEG, PNG or WebP, up to 10 MB. The shop serves it resized, as AVIF and WebP, with its location and camera data removed.
          </p>
          <form method="post" action={`/admin/products/${product.id}/pictures/upload`} encType="multipart/form-data" className="grid gap-3 md:grid-cols-2">
            <PictureFileInput maxBytes={maxUploadBytes} />
            <label className="flex flex-col gap-1 font-medium">
              Shows
              <select name="variantId" defaultValue="" className="rounded-md border border-slate-300 px-2 py-1 font-normal">
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <AltFields />
            <button type="submit" className="self-end justify-self-start rounded-md bg-slate-900 px-3 py-1.5 font-semibold text-white">
              Upload picture
            </button>
          </form>
        </section>
        <section aria-labelledby="pictures-heading" className="flex flex-col gap-3">
          <h2 id="pictures-heading" className="font-semibold">
            {product.pictures.length === 0 ? "No pictures yet: the shop shows the product's drawing." : `${product.pictures.length} in the shop's order (the first is the main picture)`}
          </h2>
          <ol className="flex flex-col gap-3">
            {product.pictures.map((picture, index) => (
              <li key={picture.id} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:flex-row">
                <div className="w-32 shrink-0">
                  <ProductPicture picture={{ ...picture, alt: picture.alt.en }} sizes="128px" className="aspect-square w-32 rounded-lg border object-cover" />
                </div>
                <PictureEditor
                  productId={product.id}
                  picture={{ id: picture.id, alt: picture.alt, variantId: picture.variantId, width: picture.width, height: picture.height }}
                  number={index + 1}
                  first={index === 0}
                  last={index === product.pictures.length - 1}
                  variantOptions={options}
                />
              </li>
            ))}
          </ol>
        </section>
      </main>
    </>
  );
}

function AltFields() {
  return (
    <fieldset className="flex flex-col gap-2 md:col-span-2">
      <legend className="mb-1 font-medium">Alt text: what a shopper who cannot see the picture should know</legend>
      <label className="flex flex-col gap-1">
        English (required)
        <input name="altEn" required maxLength={200} className="rounded-md border border-slate-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        繁體中文 (optional: English is shown without it)
        <input name="altZhHK" lang="zh-HK" maxLength={200} className="rounded-md border border-slate-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        简体中文 (optional: English is shown without it)
        <input name="altZhCN" lang="zh-CN" maxLength={200} className="rounded-md border border-slate-300 px-2 py-1" />
      </label>
    </fieldset>
  );
}
