import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options.server";
import { readBodyWithin } from "@/lib/security/body-limit";
import { failureResponse } from "@/lib/auth/route.server";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** A sign-in form is an email, a password and a token: far below this. */
const MAX_AUTH_BYTES = 16 * 1024;

// Options are built on the first request, so `next build` needs no secret.
function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, authOptions());
}

async function boundedPost(request: Request, context: RouteContext) {
  const body = await readBodyWithin(request, MAX_AUTH_BYTES);
  if (!body.ok) return failureResponse(body);
  // next-auth reads the body itself: hand it a copy of what was read within the bound.
  const copy = new NextRequest(request.url, { method: "POST", headers: request.headers, body: body.data });
  return handler(copy, context);
}

export { handler as GET, boundedPost as POST };
