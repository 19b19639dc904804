import { requireUser } from "@/lib/auth/session.server";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
