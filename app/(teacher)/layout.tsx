import { requireRole } from "@/lib/auth/session.server";

// Checked here as well as in proxy.ts: a teacher section never renders for anyone else.
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  await requireRole("teacher");
  return children;
}
