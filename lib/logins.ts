// Staff logins as people type them, in Options or on the command line: "alice, @bob" or one per line.

/** Logins without a leading @, trimmed, each once. */
export function parseLogins(input: string): string[] {
  return [...new Set(input.split(/[,\n]/).map((login) => login.trim().replace(/^@/, '')).filter(Boolean))];
}
