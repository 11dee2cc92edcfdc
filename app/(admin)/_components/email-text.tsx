import { Fragment } from "react";
import { emailBreaks } from "@/lib/admin/email-breaks";

/**
 * An email that wraps only at sensible points (lib/admin/email-breaks.ts);
 * a piece still too long for the column breaks anywhere rather than
 * overflow. The text and the copied value stay the whole address.
 */
export function EmailText({ email, className = "" }: { email: string; className?: string }) {
  return (
    <span className={`wrap-anywhere ${className}`} title={email}>
      {emailBreaks(email).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </span>
  );
}
