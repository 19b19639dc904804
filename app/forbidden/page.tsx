import { forbidden } from "next/navigation";

// proxy.ts rewrites a wrong-role request here; forbidden() renders app/forbidden.tsx with status 403.
export default function ForbiddenPage() {
  forbidden();
}
