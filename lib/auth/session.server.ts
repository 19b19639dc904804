import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { roleSchema, type Role } from "@/lib/accounts/roles";
import { authOptions } from "./options.server";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The signed-in user, read fresh from the database once per request: a deleted account or a
 * changed role takes effect at once, whatever the session cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true } });
  const role = roleSchema.safeParse(user?.role);
  return user && role.success ? { ...user, role: role.data } : null;
});

/** For pages: sends a visitor without a session to sign in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages: a signed-in user with another role gets the 403 page, never the content. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== role) forbidden();
  return user;
}
