"use client";

import Link from "next/link";
import { leaveDevice, readyToLeave } from "./account/leave-device";
import { useState } from "react";

interface Props {
  userId: string;
  name: string;
  email: string;
  roleLabel: string;
}

/** The signed-in user's name, opening to their details and Sign out. */
export function AccountMenu({ userId, name, email, roleLabel }: Props) {
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="grid size-8 place-items-center rounded-full bg-brand-600 text-xs font-bold text-white"
        >
          {initials}
        </span>
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate">{name}</span>
        <span className="sr-only">, account menu</span>
        <span aria-hidden="true" className="text-xs text-slate-600 group-open:rotate-180 dark:text-slate-400">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <p className="truncate font-medium">{name}</p>
        <p className="text-sm break-all text-slate-600 dark:text-slate-400">{email}</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Signed in as {roleLabel.toLowerCase()}</p>
        <Link
          href="/account"
          // The menu lives in the layout, which stays mounted: close it on the way out.
          onClick={(event) => event.currentTarget.closest("details")?.removeAttribute("open")}
          className="mt-3 block rounded-md px-3 py-2 text-sm font-medium text-brand-700 underline hover:bg-slate-50 dark:text-brand-300 dark:hover:bg-slate-800"
        >
          Account and security
        </Link>
        <button
          type="button"
          disabled={signingOut}
          onClick={async () => {
            setSigningOut(true);
            setProblem(null);
            const failed = (await readyToLeave(userId)) ? await leaveDevice("/") : null;
            setProblem(failed);
            setSigningOut(false);
          }}
          className="mt-2 w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {signingOut ? "Signing out…" : "Sign out"}
        </button>
        {problem ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
            {problem}
          </p>
        ) : null}
      </div>
    </details>
  );
}
