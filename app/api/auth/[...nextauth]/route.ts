import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options.server";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built on the first request, so `next build` needs no secret.
function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
