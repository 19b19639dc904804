import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/accounts/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role };
  }
  interface User {
    role: Role;
    /** The UserSession row authorize() started (lib/auth/user-sessions.server.ts). */
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: Role;
    /** The UserSession row; the session ends when it is gone. */
    sid: string;
  }
}
