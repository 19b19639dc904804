import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session.server";
import { roleLabels, type Role } from "@/lib/accounts/roles";
import { AccountMenu } from "./account-menu";
import { NavLink } from "./nav-link";
import { TimeZoneSync } from "./time-zone-sync";
import type { ServerAction } from "./use-action-form";

const navigationFor: Record<Role, { href: string; label: string }[]> = {
  student: [
    { href: "/study", label: "Study" },
    { href: "/articles", label: "Articles" },
    { href: "/flashcards", label: "Flashcards" },
    { href: "/review", label: "Review" },
    { href: "/progress", label: "Progress" },
  ],
  teacher: [
    { href: "/classes", label: "Classes" },
    { href: "/decks", label: "Decks" },
    { href: "/articles", label: "Articles" },
  ],
};

function HomeLink({ plain, children }: { plain: boolean; children: React.ReactNode }) {
  const style = "flex items-center gap-2 text-lg font-bold tracking-tight";
  return plain ? (
    // eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose (above)
    <a href="/" className={style}>
      {children}
    </a>
  ) : (
    <Link href="/" className={style}>
      {children}
    </Link>
  );
}

/**
 * `saveTimeZone` is the server action that keeps the account's zone (app/actions.ts), passed down so components never import app/.
 * `neutral`: the header as a signed-out visitor sees it, for a page saved once for everyone (/offline).
 */
export async function SiteHeader({ saveTimeZone, neutral }: { saveTimeZone: ServerAction<null>; neutral: boolean }) {
  const user = neutral ? null : await getCurrentUser();
  return (
    <header className="print:hidden border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        {/* On the saved /offline page a full load, so the layout with the reader's menu is drawn again. */}
        <HomeLink plain={neutral}>
          <span
            aria-hidden="true"
            className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white"
          >
            S
          </span>
          Sourcebound
        </HomeLink>
        <TimeZoneSync shown={user?.timeZone ?? null} saved={user?.savedTimeZone ?? null} save={saveTimeZone} />
        {neutral ? null : user ? (
          <>
            {/* On a phone the links share one row in equal columns, large enough to tap; no sideways scrolling. */}
            <nav
              aria-label="Main"
              className={`order-3 grid w-full gap-1 sm:order-none sm:flex sm:w-auto ${navigationFor[user.role].length > 3 ? "grid-cols-5" : "grid-cols-3"}`}
            >
              {navigationFor[user.role].map((item) => (
                <NavLink key={item.href} href={item.href}>
                  {item.label}
                </NavLink>
              ))}
            </nav>
            <div className="ml-auto">
              <AccountMenu userId={user.id} name={user.name} email={user.email} roleLabel={roleLabels[user.role]} />
            </div>
          </>
        ) : (
          <div className="ml-auto flex items-center gap-2">
            <Link
              href="/signin"
              className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              Sign in
            </Link>
            <Link
              href="/signup"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Sign up
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
