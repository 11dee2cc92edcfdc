"use client";

import { useState } from "react";

/**
 * The file field, which refuses a file over the limit as soon as it is
 * chosen, before 20 MB travel to be refused. The server checks again, and
 * reads the type from the content: this only saves a wasted upload.
 */
export function PictureFileInput({ maxBytes }: { maxBytes: number }) {
  const [error, setError] = useState("");
  return (
    <label className="flex flex-col gap-1 font-medium">
      Picture file
      <input
        type="file"
        name="picture"
        required
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={Boolean(error)}
        aria-describedby="picture-file-error"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          const message =
            file && file.size > maxBytes ? `That file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over 10 MB. Upload a JPEG, PNG or WebP of at most 10 MB.` : "";
          input.setCustomValidity(message);
          setError(message);
        }}
        className="font-normal"
      />
      <span id="picture-file-error" role="alert" className="min-h-4 text-xs font-normal text-red-700">
        {error}
      </span>
    </label>
  );
}
