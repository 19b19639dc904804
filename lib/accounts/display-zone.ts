/**
 * Dates show in the time zone of the browser at hand: it reports its zone in this cookie
 * (components/time-zone-sync.tsx), so a teacher's laptop and phone in different zones each show
 * their own times, and the first page after signing in already has it. Not secret, so the
 * browser sets it; the server accepts only a zone it knows (getCurrentUser).
 */
export const displayZoneCookie = "sourcebound.time-zone";

const KEPT_SECONDS = 400 * 24 * 60 * 60; // the longest a browser keeps a cookie

/**
 * The `document.cookie` assignment that records `zone` for this browser (IANA names need no
 * escaping); Secure when the page came over https, like every cookie of ours there.
 */
export function displayZoneCookieOf(zone: string, secure = false): string {
  return `${displayZoneCookie}=${zone}; Path=/; Max-Age=${KEPT_SECONDS}; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** The zone this browser last recorded, from a `document.cookie` string. */
export function recordedDisplayZone(cookieHeader: string): string | undefined {
  return cookieHeader
    .split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === displayZoneCookie)?.[1];
}
