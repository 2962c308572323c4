/**
 * Where a generated file may go inside the output folder: a relative path without `..`, and no symbolic link on the
 * way to it. A link inside the output folder (a file, or a folder on the path) would make a write or a delete land
 * outside it, so it is an error naming the link; nothing is followed. The output folder itself may be a link: the
 * user named it.
 */
import { lstat } from "node:fs/promises";
import { isAbsolute, join, normalize, sep } from "node:path";
import { InputError } from "./input-files.js";

/** A symbolic link, or a file where a folder must go, on the way to a generated file: nothing is written. */
export class OutputPathError extends InputError {}

/** A generated path must stay inside the output folder: relative, no `..`, no drive or root. */
export function isSafeRelative(rel: string): boolean {
  if (!rel || isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes("\0")) return false;
  const n = normalize(rel);
  return !n.split(sep).some((part) => part === "..") && !n.startsWith(sep);
}

/** What lstat found at a path inside the output folder (cached per run: most files share their folders). */
type Kind = "missing" | "dir" | "file" | "link" | "other";

export class OutputPaths {
  private readonly kinds = new Map<string, Promise<Kind>>();

  constructor(readonly outDir: string) {}

  /**
   * The absolute path of `rel`, after checking that no part of it is a symbolic link and that its folders are
   * folders. `rel` itself may be missing or a regular file.
   */
  async target(rel: string): Promise<string> {
    if (!isSafeRelative(rel)) throw new OutputPathError(`refusing to write outside the output folder: ${JSON.stringify(rel)}`);
    const parts = normalize(rel).split(sep).filter(Boolean);
    let p = this.outDir;
    for (let i = 0; i < parts.length; i++) {
      p = join(p, parts[i]);
      const kind = await this.kind(p);
      const last = i === parts.length - 1;
      if (kind === "missing") break;
      if (kind === "link")
        throw new OutputPathError(
          `${p} is a symbolic link inside the output folder, where docs2ts writes ${last ? "a generated file" : "generated files"}; ` +
            `remove the link (docs2ts never follows links in its output) or pick another --out`,
        );
      if (!last && kind !== "dir")
        throw new OutputPathError(`${p} is not a folder, but generated files go inside it; move it away or pick another --out`);
      if (last && kind !== "file")
        throw new OutputPathError(
          `${p} is ${kind === "dir" ? "a folder" : "not a regular file"} where docs2ts writes a generated file; move it away`,
        );
    }
    return join(this.outDir, rel);
  }

  /** Forget what was seen under the output folder (after this run created folders or replaced files). */
  reset(): void {
    this.kinds.clear();
  }

  private kind(p: string): Promise<Kind> {
    let k = this.kinds.get(p);
    if (!k) {
      k = lstat(p).then(
        (s): Kind => (s.isSymbolicLink() ? "link" : s.isDirectory() ? "dir" : s.isFile() ? "file" : "other"),
        (e: NodeJS.ErrnoException): Kind => {
          if (e.code === "ENOENT") return "missing";
          if (e.code === "ENOTDIR") return "other";
          throw e;
        },
      );
      this.kinds.set(p, k);
    }
    return k;
  }
}
