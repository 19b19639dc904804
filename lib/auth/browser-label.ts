import Bowser from "bowser";

/** "Chrome on Linux", "Safari on iOS": how the account page names a signed-in browser. */
export function browserLabel(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const { browser, os } = Bowser.parse(userAgent);
  if (!browser.name) return "Unknown browser";
  return os.name ? `${browser.name} on ${os.name}` : browser.name;
}
