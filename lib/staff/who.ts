/** "Mei Chan" for a known member, the email itself otherwise. */
export function nameOf(names: Record<string, string>, email: string | null | undefined, fallback = "staff"): string {
  if (!email) return fallback;
  return names[email] ?? email;
}
