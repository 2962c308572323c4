/**
 * The up-to-date check of generate: a rerun with nothing changed reads no page and loads no model, yet gives the
 * same result; any change to a page (also within the same mtime tick), to an output file or to the options runs
 * the full path; and an incremental run after an edit writes the bytes of a run without cache.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { isRacy } from "../../generator/pipeline/run-record.js";

const root = mkdtempSync(join(tmpdir(), "docs2ts-record-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A private copy of the example docs with an output folder and a cache. */
function workspace(): { docs: string; out: string; cacheDir: string } {
  const dir = join(root, String(n++));
  cpSync("input-docs", join(dir, "docs"), { recursive: true });
  return { docs: join(dir, "docs"), out: join(dir, "out"), cacheDir: join(dir, "cache") };
}

function folder(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else m.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), "utf8"));
    }
  };
  walk(dir);
  return m;
}

/** Same length, different type: what a size+mtime check alone cannot see. */
const sameSizeEdit = (text: string): string => text.replace("|title|String|", "|title|Double|");

describe("isRacy", () => {
  const ms = (t: number): bigint => BigInt(t) * 1_000_000n + 123n;
  it("trusts an mtime clearly older than the moment the page was looked at", () => {
    expect(isRacy(ms(10_000), 20_000)).toBe(false);
    expect(isRacy(ms(19_950), 20_000)).toBe(true);
    expect(isRacy(ms(20_500), 20_000)).toBe(true);
  });
  it("gives whole-second file systems (FAT, HFS+) a tick of 2 s", () => {
    expect(isRacy(18_000_000_000n, 20_000)).toBe(true);
    expect(isRacy(17_000_000_000n, 20_000)).toBe(false);
  });
});

describe("generate's up-to-date check", () => {
  it("returns the last run's files and model without parsing, and writes nothing", async () => {
    const w = workspace();
    const first = await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    const again = await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    expect(again.stats).toMatchObject({ upToDate: true, parsed: 0, pages: first.stats.pages });
    expect(again.write.written).toEqual([]);
    expect(again.diagnostics).toEqual(first.model.diagnostics);
    expect(again.files).toEqual(first.files);
    expect(again.model).toEqual(first.model);
  });

  it("sees a same-size edit within the mtime tick of the last run (racy page) and regenerates", async () => {
    const w = workspace();
    const page = join(w.docs, "resources", "card.md");
    // An mtime the run cannot prove older than its own look at the page, however long the run takes (a stamp from
    // just before the run went stale on a loaded machine): a minute ahead, set again exactly after the edit, as if the
    // edit came in the same tick.
    const now = new Date(Date.now() + 60_000);
    utimesSync(page, now, now);
    const first = await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    const before = statSync(page, { bigint: true });
    writeFileSync(page, sameSizeEdit(readFileSync(page, "utf8")));
    utimesSync(page, now, now);
    expect(statSync(page, { bigint: true })).toMatchObject({ size: before.size, mtimeNs: before.mtimeNs });
    const edited = await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    expect(edited.stats.upToDate).toBeUndefined();
    expect(edited.stats.parsed).toBe(1);
    expect(edited.write.written.length).toBeGreaterThan(0);
    expect(edited.files).not.toEqual(first.files);
  });

  it("trusts size and mtime for pages older than the last run (it does not read them)", async () => {
    const w = workspace();
    const page = join(w.docs, "resources", "card.md");
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(page, hourAgo, hourAgo);
    await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    writeFileSync(page, sameSizeEdit(readFileSync(page, "utf8")));
    utimesSync(page, hourAgo, hourAgo);
    expect((await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 })).stats.upToDate).toBe(true);
    // Any real save moves the mtime, and the edit is then seen.
    utimesSync(page, new Date(), new Date());
    expect((await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 })).stats.parsed).toBe(1);
  });

  it("regenerates when an output file was edited or deleted, a page added, or the options changed", async () => {
    const w = workspace();
    const opts = { input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 };
    const first = await generate(opts);
    const expected = folder(w.out);
    const model = join(w.out, "models", "microsoft.graph.ts");
    writeFileSync(model, readFileSync(model, "utf8").replace("export", "export "));
    expect((await generate(opts)).write.written).toEqual(["models/microsoft.graph.ts"]);
    expect(folder(w.out)).toEqual(expected);
    unlinkSync(join(w.out, "index.ts"));
    expect((await generate(opts)).write.written).toEqual(["index.ts"]);
    expect(folder(w.out)).toEqual(expected);

    cpSync(join(w.docs, "resources", "card.md"), join(w.docs, "resources", "card-copy.md"));
    const added = await generate(opts);
    expect(added.stats).toMatchObject({ parsed: 1, pages: first.stats.pages + 1 });
    expect((await generate({ ...opts, enumStyle: "enum" })).stats.upToDate).toBeUndefined();
  });

  it("after a page edit writes exactly what a run without cache writes", async () => {
    const w = workspace();
    // A page with a docs2ts-ignore comment: it is read on every run, so its comments apply to model findings.
    const commented = join(w.docs, "resources", "board.md");
    writeFileSync(commented, `${readFileSync(commented, "utf8")}\n<!-- docs2ts-ignore todo-placeholder -->\n`);
    // Pages saved an hour ago: not racy, so the record may vouch for them.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of folder(w.docs).keys()) utimesSync(join(w.docs, f), hourAgo, hourAgo);
    await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    const page = join(w.docs, "resources", "card.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("|title|String|", "|title|Int32|"));
    const edited = await generate({ input: [w.docs], out: w.out, cacheDir: w.cacheDir, workers: 0 });
    expect(edited.stats.parsed).toBe(1);
    // Only the edited page and the pages with docs2ts-ignore comments (model findings need them) were read.
    const withComments = [...folder(w.docs).values()].filter((t) => t.includes("docs2ts-ignore")).length;
    expect(withComments).toBe(1);
    expect(edited.stats.read).toBe(2);
    const freshOut = join(root, `fresh-${n++}`);
    const fresh = await generate({ input: [w.docs], out: freshOut, cacheDir: false, workers: 0 });
    expect(folder(w.out)).toEqual(folder(freshOut));
    expect(edited.diagnostics).toEqual(fresh.diagnostics);
  });
});
