/** A parsed JSON or YAML value that is an object with keys (not null, not an array): what readers index by key. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
