"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { orUnreachable, type ServerAction } from "@/components/use-action-form";
import { displayZoneCookieOf, recordedDisplayZone } from "@/lib/accounts/display-zone";

/**
 * Records this browser's time zone for the server's next render (a cookie, also before signing
 * in), keeps the account's zone up to date, and re-renders when the page showed another zone
 * (a new browser, a trip). `shown` and `saved` are null for a visitor who is not signed in.
 */
export function TimeZoneSync({
  shown,
  saved,
  save,
}: {
  shown: string | null;
  saved: string | null;
  save: ServerAction<null>;
}) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone) return;
    if (recordedDisplayZone(document.cookie) !== browserZone)
      document.cookie = displayZoneCookieOf(browserZone, location.protocol === "https:");
    // Refresh after the save, so the new render does not see the old account zone and save again.
    // A save that fails (offline) is tried again on the next page: nothing to tell the reader.
    const saving =
      saved !== null && saved !== browserZone
        ? orUnreachable(() => save({ timeZone: browserZone }))
        : Promise.resolve();
    if (shown !== null && shown !== browserZone) void saving.then(() => router.refresh());
  }, [shown, saved, save, router]);
  return null;
}
