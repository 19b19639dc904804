"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(href + "/");
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={
        "flex min-h-11 items-center justify-center whitespace-nowrap rounded-md px-1 py-2 text-xs font-medium min-[400px]:text-sm sm:px-3 " +
        (active
          ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-brand-200"
          : "text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white")
      }
    >
      {children}
    </Link>
  );
}
