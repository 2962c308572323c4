/**
 * Checks on `--out` before any work: it must not be a filesystem root, the root of a project (a folder holding
 * package.json or .git: a mistyped --out there would mix generated files into the project), nor an input folder,
 * unless the caller allows any folder; and it must be a folder if it exists.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InputError } from "./input-files.js";

export class OutputTargetError extends InputError {}

export function validateOutDir(out: string, inputs: readonly string[], allowAny = false): void {
  // Named absolute: the CLI passes paths relative to the config's folder, and `../..` would not say which folder.
  const abs = resolve(out);
  const s = statSync(abs, { throwIfNoEntry: false });
  if (s && !s.isDirectory()) throw new OutputTargetError(`--out ${abs} is a file, not a folder; pick a folder for the output`);
  if (allowAny) return;
  const hint = "pick a folder of its own (e.g. generated/), or pass --allow-any-out if you mean it";
  if (dirname(abs) === abs) throw new OutputTargetError(`--out ${abs} is the root of the file system; ${hint}`);
  for (const marker of ["package.json", ".git"])
    if (existsSync(join(abs, marker))) throw new OutputTargetError(`--out ${abs} is a project's root (it holds ${marker}); ${hint}`);
  for (const input of inputs) if (resolve(input) === abs) throw new OutputTargetError(`--out ${abs} is also an input folder; ${hint}`);
}
