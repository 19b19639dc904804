"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { saveTimeZone } from "@/app/actions";
import { displayZoneCookieOf, recordedDisplayZone } from "@/lib/accounts/display-zone";

/**
 * Records this browser's time zone for the server's next render (a cookie, also before signing
 * in), keeps the account's zone up to date, and re-renders when the page showed another zone
 * (a new browser, a trip). `shown` and `saved` are null for a visitor who is not signed in.
 */
export function TimeZoneSync({ shown, saved }: { shown: string | null; saved: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone) return;
    if (recordedDisplayZone(document.cookie) !== browserZone)
      document.cookie = displayZoneCookieOf(browserZone, location.protocol === "https:");
    // Refresh after the save, so the new render does not see the old account zone and save again.
    const saving =
      saved !== null && saved !== browserZone ? saveTimeZone({ timeZone: browserZone }) : Promise.resolve();
    if (shown !== null && shown !== browserZone) void saving.then(() => router.refresh());
  }, [shown, saved, router]);
  return null;
}
