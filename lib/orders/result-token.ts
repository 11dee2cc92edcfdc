import { NextResponse, type NextRequest } from "next/server";

/**
 * The returnUrl we give PMS carries a bearer token (?token=) so a shopper
 * brought back in another browser still sees their result. A token left in
 * the address bar leaks through history, screenshots and Referer, and the
 * page once hid it with `no-referrer`, which made its own forms post
 * `Origin: null` (a 500 without JavaScript). Instead the first load moves the
 * token into an httpOnly cookie and redirects to the same URL without it.
 */
export const resultTokenCookieName = "result_token";
const resultPath = "/checkout/result";

export function moveResultTokenToCookie(request: NextRequest, secure: boolean): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  const token = searchParams.get("token");
  if (pathname !== resultPath || token === null) return undefined;
  const clean = request.nextUrl.clone();
  clean.searchParams.delete("token");
  const response = NextResponse.redirect(clean, 303);
  // Only something shaped like our tokens is kept; garbage just disappears from the URL.
  if (/^[A-Za-z0-9_-]{16,128}$/.test(token)) {
    response.cookies.set(resultTokenCookieName, token, {
      httpOnly: true,
      // Lax: the shopper arrives from PMS by a cross-site top-level navigation.
      sameSite: "lax",
      secure,
      path: "/",
      maxAge: 60 * 60 * 24,
    });
  }
  return response;
}
