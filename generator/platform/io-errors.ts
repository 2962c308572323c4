/**
 * File-system failures a user can cause (a read-only or full disk, a missing or misnamed path, a file where a folder
 * goes, too many open files), told as one line that names the path and what to do; any other error is not one.
 */
const ADVICE: Record<string, string> = {
  EACCES: "permission denied; make it readable/writable for this user or pick another path",
  EPERM: "operation not permitted; make it writable for this user or pick another path",
  EROFS: "it is on a read-only file system; pick a writable --out",
  ENOSPC: "no space left on the device; free some space and run again (the previous output is left as it was)",
  EDQUOT: "the disk quota is exhausted; free some space and run again (the previous output is left as it was)",
  EEXIST: "it already exists; move it away or pick another path",
  EISDIR: "it is a folder where a file was expected; move it away or pick another path",
  ENOTDIR: "a file is in the way where a folder was expected; move it away or pick another path",
  ENOENT: "it does not exist; check the path (the folder it goes in must exist)",
  EMFILE: "too many open files; raise the limit (ulimit -n) or close other programs",
  ENFILE: "the system ran out of file handles; close other programs and run again",
  ENAMETOOLONG: "the path is too long; pick a shorter one",
  ELOOP: "too many symbolic links on the path; fix the links",
};

/** `docs2ts: PATH: what happened; what to do` for a user-causable I/O error, else undefined. */
export function describeIoError(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const { code, path, dest } = e as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== "string" || !Object.hasOwn(ADVICE, code)) return undefined;
  const where = [path, dest].filter((p): p is string => typeof p === "string").join(" → ");
  return `${where || "a file"}: ${ADVICE[code]} (${code})`;
}
