import type { Metadata } from "next";
import { PageHeader, Section } from "@/components/ui";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { roleLabels } from "@/lib/accounts/roles";
import { browserLabel } from "@/lib/auth/browser-label";
import { requireUser, signedInBrowsers } from "@/lib/auth/session.server";
import { formatInZone } from "@/lib/dates";
import { changePasswordAction, signOutEverywhere } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const browsers = await signedInBrowsers(user);
  const others = browsers.filter((b) => !b.current).length;
  return (
    <>
      <PageHeader title="Account" lead="Your details, your password, and where you are signed in." />
      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="details" title="Details">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">Name</dt>
            <dd>{user.name}</dd>
            <dt className="font-medium">Email</dt>
            <dd className="break-all">{user.email}</dd>
            <dt className="font-medium">Role</dt>
            <dd>{roleLabels[user.role]}</dd>
          </dl>
        </Section>

        <Section id="password" title="Change password">
          <p className="text-slate-700 dark:text-slate-300">A new password signs you out on every other browser.</p>
          <ChangePasswordForm change={changePasswordAction} />
        </Section>

        <Section id="sessions" title="Where you are signed in" className="lg:col-span-2">
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {browsers.map((browser) => (
              <li key={browser.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
                <span className="font-medium">
                  {browserLabel(browser.userAgent)}
                  {browser.current ? (
                    <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-700 dark:bg-slate-800 dark:text-brand-300">
                      This browser
                    </span>
                  ) : null}
                </span>
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  Signed in {formatInZone(browser.createdAt, user.timeZone, { withZone: false })}
                </span>
              </li>
            ))}
          </ul>
          <SignOutEverywhere userId={user.id} signOutAll={signOutEverywhere} others={others} />
        </Section>
      </div>
    </>
  );
}
