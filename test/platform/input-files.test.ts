/** Finding and reading pages: bounded reads (no EMFILE under a low open-file limit), and inputs that are not pages. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPages, mapBounded, readPages } from "../../generator/platform/input-files.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-inputs-");

describe("readPages", () => {
  it("reads 2,000 pages under `ulimit -n 64` (all at once they ran out of file handles)", () => {
    const dir = tmp();
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `p${i}.md`), `# page ${i}\n`);
    const script = `import { findPages, readPages } from "./generator/platform/input-files.ts";
const pages = await readPages(await findPages([${JSON.stringify(dir)}]));
console.log(pages.length, pages[1999].text.trim());`;
    const r = spawnSync("sh", ["-c", `ulimit -n 64 && exec "${process.execPath}" --import tsx --input-type=module -e '${script}'`], {
      encoding: "utf8",
    });
    expect(r.stderr).not.toContain("EMFILE");
    expect(r.stdout.trim()).toBe("2000 # page 999");
  });

  it("keeps at most `limit` calls pending, and the results in order", async () => {
    let pending = 0;
    let most = 0;
    const out = await mapBounded([...Array(100).keys()], 7, async (n) => {
      most = Math.max(most, ++pending);
      await new Promise((r) => setImmediate(r));
      pending--;
      return n * 2;
    });
    expect(most).toBe(7);
    expect(out).toEqual([...Array(100).keys()].map((n) => n * 2));
  });
});

describe("findPages", () => {
  it("refuses a folder with no .md page, and an input that is a FIFO", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "notes.txt"), "x");
    await expect(findPages([dir])).rejects.toThrow(`no .md pages found under ${dir}`);
    execFileSync("mkfifo", [join(dir, "fifo.md")]);
    await expect(findPages([join(dir, "fifo.md")])).rejects.toThrow("not a file or folder");
  });

  it("reads a page as UTF-8 with invalid bytes as U+FFFD", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.md"), Buffer.from([0x23, 0x20, 0xff, 0x0a]));
    expect((await readPages([join(dir, "a.md")]))[0].text).toBe("# \uFFFD\n");
  });
});
