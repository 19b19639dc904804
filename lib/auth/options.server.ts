import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env.server";
import { roleSchema } from "@/lib/accounts/roles";
import { authenticate } from "./authenticate.server";
import { rateLimitedError } from "./sign-in-limit";
import { clientIp } from "./client-ip";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Built on first use, not at import, so `next build` never needs the secret. */
let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const result = await authenticate(db(), credentials, clientIp(request.headers ?? {}));
          if (result.ok) return result.user;
          // next-auth hands a thrown message to the sign-in page as ?error=…
          if (result.reason === "rate-limited") throw new Error(rateLimitedError(result.retryAt));
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.id = user.id;
          token.role = roleSchema.parse(user.role);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.id;
          session.user.role = token.role;
        }
        return session;
      },
    },
  };
  return options;
}
