import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { accessFor } from "@/lib/auth/routes";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { serverEnv } from "@/lib/env.server";
import { neutralPageHeader } from "@/lib/auth/routes";

/**
 * First line of defence: signed-out visitors go to sign in. The role is the layouts' check
 * (requireRole answers 403 with the friendly page): a rewrite to /forbidden from here made Next
 * fetch that page from itself over HTTP whenever the request's host differed from the one it
 * listens on. Pages and actions check the session again on their own (lib/auth/session.server.ts).
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const env = serverEnv();
  const csp = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" });

  const access = accessFor(request.nextUrl.pathname);
  let response: NextResponse;
  if (access === "public") {
    response = passThrough(request, csp);
  } else {
    const token = await getToken({
      req: request,
      secret: env.NEXTAUTH_SECRET,
      secureCookie: env.https,
    });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
      response = NextResponse.redirect(signIn);
    } else {
      response = passThrough(request, csp);
    }
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function requestHeaders(request: NextRequest, csp: string) {
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from this request header and puts it on its own scripts.
  headers.set("Content-Security-Policy", csp);
  // Set here only, never taken from the client: the offline page is saved once for everyone, so
  // its header must not carry whoever was signed in (app/layout.tsx).
  headers.delete(neutralPageHeader);
  if (request.nextUrl.pathname === "/offline") headers.set(neutralPageHeader, "1");
  return headers;
}

function passThrough(request: NextRequest, csp: string) {
  return NextResponse.next({ request: { headers: requestHeaders(request, csp) } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|icons/|manifest.webmanifest|robots.txt).*)"],
};
