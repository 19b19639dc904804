"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { saveTimeZone } from "@/app/actions";

/** Saves the browser's time zone when it differs from the stored one, then re-renders the dates. */
export function TimeZoneSync({ stored }: { stored: string }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone && browserZone !== stored) void saveTimeZone({ timeZone: browserZone }).then((result) => result.ok && router.refresh());
  }, [stored, router]);
  return null;
}
