/**
 * The invariants every input must keep, whatever it holds: docs2ts does not crash, every finding is a known rule
 * located inside an input page, the output compiles under `tsc --strict`, no page text becomes code, and nothing is
 * written outside the output folder. Shared by the hostile suite and the fuzz test.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import type { Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { isKnownRule } from "../../generator/diagnostics/rules.js";
import { generate, type GenerateResult } from "../../generator/index.js";
import { MANIFEST } from "../../generator/platform/output-writer.js";
import { typeCheck } from "../emit/typecheck.js";

export interface CaseRun {
  root: string;
  pagesDir: string;
  outDir: string;
  result?: GenerateResult;
  crash?: string;
  /** Every broken invariant, as a sentence; [] when the case is fine. */
  problems: string[];
  seconds: number;
}

/** Name of the identifier the hostile strings try to declare or run (`*\/ export const pwned = 1`, `${pwned}`). */
export const INJECTED_IDENTIFIER = "pwned";

function snapshot(dir: string, skip: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (p === skip) continue;
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash("sha1").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

/** Every file below `dir`, as sorted POSIX paths relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

export function lineTable(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Problems with one finding's location and rule, given the page texts by path. */
export function locationProblems(d: Diagnostic, pages: ReadonlyMap<string, string[]>): string[] {
  const where = `${d.code} at ${d.location.file}:${d.location.line}:${d.location.column} ("${d.message.slice(0, 80)}")`;
  const out: string[] = [];
  if (!isKnownRule(d.code)) out.push(`unknown rule id: ${where}`);
  if (!d.message.trim()) out.push(`empty message: ${where}`);
  const lines = pages.get(d.location.file);
  if (!lines) return [...out, `not located in an input page: ${where}`];
  const { line, column } = d.location;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) out.push(`line outside the page (${lines.length} lines): ${where}`);
  else if (!Number.isInteger(column) || column < 1 || column > lines[line - 1].length + 1)
    out.push(`column outside the line (${lines[line - 1].length} chars): ${where}`);
  return out;
}

// Windows device names are reserved with any extension (`con.ts`, `nul.d.ts`): such a file cannot be checked out there.
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Problems with a generated relative path that would break or escape on some platform. */
export function pathProblems(rel: string): string[] {
  const out: string[] = [];
  const show = JSON.stringify(rel);
  if (rel.startsWith("/") || /^[A-Za-z]:/.test(rel) || rel.includes("\\")) out.push(`output path is absolute or has a backslash: ${show}`);
  for (const seg of rel.split("/")) {
    if (seg === "" || seg === "." || seg === "..") out.push(`output path has an empty, . or .. segment: ${show}`);
    if (/[<>:"|?*\u0000-\u001f]/.test(seg)) out.push(`output path has a character Windows forbids: ${show}`);
    if (/[. ]$/.test(seg)) out.push(`output path segment ends with a dot or space: ${show}`);
    if (DEVICE.test(seg.split(".")[0])) out.push(`output path uses a reserved device name: ${show}`);
    if (seg.length > 200) out.push(`output path segment is longer than 200 characters: ${show}`);
  }
  return out;
}

/** Identifiers named INJECTED_IDENTIFIER anywhere in the code (comments and string contents are not identifiers). */
export function injectedIdentifiers(files: ReadonlyMap<string, string>): string[] {
  const hits: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith(".ts") || !text.includes(INJECTED_IDENTIFIER)) continue;
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.text === INJECTED_IDENTIFIER)
        hits.push(`${path}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      n.forEachChild(visit);
    };
    visit(sf);
  }
  return hits;
}

/**
 * Writes the pages into a fresh temp folder (`root/pages`), generates into `root/out`, and checks the invariants.
 * The folder is removed afterwards unless `keep` is set.
 */
export async function runCase(
  files: Record<string, string | Buffer>,
  options: { typecheck?: boolean; keep?: boolean } = {},
): Promise<CaseRun> {
  const root = mkdtempSync(join(tmpdir(), "docs2ts-hostile-"));
  const pagesDir = join(root, "pages");
  const outDir = join(root, "out");
  for (const [rel, content] of Object.entries(files)) {
    const p = join(pagesDir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  // A sentinel outside the output folder that a path escape would be likely to hit.
  writeFileSync(join(root, "sentinel.txt"), "untouched");
  const before = snapshot(root, outDir);
  const run: CaseRun = { root, pagesDir, outDir, problems: [], seconds: 0 };
  const started = performance.now();
  try {
    run.result = await generate({ input: [pagesDir], out: outDir });
  } catch (e) {
    run.crash = e instanceof Error ? (e.stack ?? e.message) : String(e);
    run.problems.push(`crash: ${run.crash}`);
  }
  run.seconds = (performance.now() - started) / 1000;
  try {
    const after = snapshot(root, outDir);
    for (const [p, h] of after) if (before.get(p) !== h) run.problems.push(`wrote outside the output folder: ${p}`);
    for (const p of before.keys()) if (!after.has(p)) run.problems.push(`removed outside the output folder: ${p}`);
    if (run.result) checkResult(run, run.result, outDir, options.typecheck !== false);
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
  return run;
}

function checkResult(run: CaseRun, r: GenerateResult, outDir: string, typecheck: boolean): void {
  const pages = new Map<string, string[]>();
  for (const rel of filesUnder(run.pagesDir))
    pages.set(join(run.pagesDir, rel), lineTable(readFileSync(join(run.pagesDir, rel)).toString("utf8")));
  for (const d of r.model.diagnostics) run.problems.push(...locationProblems(d, pages));
  const outRoot = resolve(outDir) + sep;
  for (const rel of r.files.keys()) {
    if (!resolve(outDir, rel).startsWith(outRoot)) run.problems.push(`output path escapes the output folder: ${JSON.stringify(rel)}`);
    for (const p of pathProblems(rel)) run.problems.push(p);
  }
  const onDisk = filesUnder(outDir);
  const expected = [...r.files.keys(), MANIFEST].sort();
  if (onDisk.join("\n") !== expected.join("\n"))
    run.problems.push(`output folder holds ${JSON.stringify(onDisk)}, expected ${JSON.stringify(expected)}`);
  for (const hit of injectedIdentifiers(r.files)) run.problems.push(`page text became code: identifier "${INJECTED_IDENTIFIER}" at ${hit}`);
  if (typecheck) for (const e of typeCheck(r.files).slice(0, 20)) run.problems.push(`tsc --strict: ${e}`);
}
