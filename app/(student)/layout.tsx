import { requireRole } from "@/lib/auth/session.server";

// Checked here as well as in proxy.ts: a student section never renders for anyone else.
export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  await requireRole("student");
  return children;
}
