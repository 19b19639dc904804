import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session.server";
import { homePathFor } from "@/lib/accounts/roles";

// Signed-in users have nothing to do on the sign-in and sign-up pages: send them home.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor[user.role]);
  return children;
}
