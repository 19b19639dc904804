import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env.server";
import { roleSchema } from "@/lib/accounts/schemas";
import { requestAddress } from "@/lib/security/request-address";
import { authenticate } from "./authenticate.server";
import { rateLimitedError } from "@/lib/security/rate-limit";
import {
  activeSessionUser,
  endUserSession,
  SESSION_MAX_AGE_SECONDS,
  startUserSession,
  touchUserSession,
} from "./user-sessions.server";

export { SESSION_MAX_AGE_SECONDS };

/** Thrown from the jwt callback when the cookie's session has ended; next-auth then clears the cookie. */
class SessionEnded extends Error {
  constructor() {
    super("This session has ended.");
    this.name = "SessionEnded";
  }
}

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
          const headers = request.headers ?? {};
          const result = await authenticate(db(), credentials, requestAddress(headers));
          // next-auth hands a thrown message to the sign-in page as ?error=…
          if (!result.ok) {
            if (result.retryAt) throw new Error(rateLimitedError(result.retryAt));
            return null;
          }
          const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : null;
          return { ...result.data, sessionId: await startUserSession(db(), result.data.id, userAgent) };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.id = user.id;
          token.role = roleSchema.parse(user.role);
          token.sid = user.sessionId;
          return token;
        }
        // Renewing the cookie (GET /api/auth/session): only while its session is still active.
        const active =
          typeof token.sid === "string" &&
          (await activeSessionUser(db(), { id: token.id, role: token.role, sessionId: token.sid }));
        if (!active) throw new SessionEnded();
        await touchUserSession(db(), token.sid);
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
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endUserSession(db(), token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is expected (signed out elsewhere); next-auth clears the cookie.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (cause instanceof SessionEnded) return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
  return options;
}
