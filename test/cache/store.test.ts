/**
 * The cache: hits, invalidation by generation and key, corrupt or half-written entries read as misses, and a cache that
 * cannot be read or written degrades to "no cache" with one warning.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CacheStore, setCacheWarningSink } from "../../generator/cache/store.js";
import { generate } from "../../generator/index.js";
import { tempDirs } from "../support/temp-dirs.js";

const tmp = tempDirs("docs2ts-cache-");

function entryFiles(store: CacheStore, bucket: string): string[] {
  return readdirSync(join(store.dir, bucket)).map((f) => join(store.dir, bucket, f));
}

describe("CacheStore", () => {
  it("returns what was stored, across instances of the same generation", () => {
    const root = tmp();
    new CacheStore(root, "gen-1").set("facts", "k", { a: [1, 2] });
    expect(new CacheStore(root, "gen-1").get("facts", "k")).toEqual({ a: [1, 2] });
    expect(new CacheStore(root, "gen-1").get("facts", "other")).toBeUndefined();
  });

  it("is invalidated by a new generation (version or code hash), which also removes the old one", () => {
    const root = tmp();
    new CacheStore(root, "gen-1").set("facts", "k", 1);
    const next = new CacheStore(root, "gen-2");
    expect(next.get("facts", "k")).toBeUndefined();
    next.set("facts", "k", 2);
    expect(readdirSync(root)).toHaveLength(1);
  });

  it("treats truncated, corrupt and foreign entries as misses", () => {
    const root = tmp();
    const store = new CacheStore(root, "gen-1");
    store.set("b", "k", { big: "x".repeat(1000) });
    const [file] = entryFiles(store, "b");
    const whole = readFileSync(file, "utf8");
    writeFileSync(file, whole.slice(0, whole.length - 10));
    expect(store.get("b", "k")).toBeUndefined();
    writeFileSync(file, whole.replace("xxxx", "xxxy"));
    expect(store.get("b", "k")).toBeUndefined();
    writeFileSync(file, "garbage");
    expect(store.get("b", "k")).toBeUndefined();
    writeFileSync(file, whole);
    expect(store.get("b", "k")).toEqual({ big: "x".repeat(1000) });
  });

  it("never writes when read-only, and leaves no temp files behind", () => {
    const root = tmp();
    new CacheStore(root, "g", true).set("b", "k", 1);
    expect(new CacheStore(root, "g").get("b", "k")).toBeUndefined();
    const store = new CacheStore(root, "g");
    store.set("b", "k", 1);
    expect(entryFiles(store, "b").filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("CacheStore families", () => {
  it("prunes old generations of its own family only", () => {
    const root = tmp();
    new CacheStore(root, "parse-1", false, "p").set("facts", "k", 1);
    new CacheStore(root, "all-1").set("model", "k", 2);
    // A new whole-generator generation (a model change) keeps the page facts.
    new CacheStore(root, "all-2").set("model", "k", 3);
    expect(
      readdirSync(root)
        .sort()
        .map((n) => n[0]),
    ).toEqual(["g", "p"]);
    expect(new CacheStore(root, "parse-1", false, "p").get("facts", "k")).toBe(1);
    expect(new CacheStore(root, "all-1").get("model", "k")).toBeUndefined();
  });
});

const warnings: string[] = [];
setCacheWarningSink((m) => warnings.push(m));
afterEach(() => warnings.splice(0));

describe("a cache that fails", () => {
  it("--cache-dir naming a file: writes and reads are no-ops, one warning naming the folder", () => {
    const file = join(tmp(), "not-a-folder");
    writeFileSync(file, "x");
    const store = new CacheStore(file, "gen-1");
    expect(() => store.set("b", "k", 1)).not.toThrow();
    expect(store.get("b", "k")).toBeUndefined();
    new CacheStore(file, "gen-1", false, "p").set("b", "k2", 2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  it("a bucket folder replaced by a file: one warning, then no cache", () => {
    const root = tmp();
    const store = new CacheStore(root, "gen-1");
    store.set("b", "k", 1);
    rmSync(join(store.dir, "b"), { recursive: true });
    writeFileSync(join(store.dir, "b"), "in the way");
    expect(store.get("b", "k")).toBeUndefined();
    expect(() => store.set("b", "k", 2)).not.toThrow();
    expect(warnings).toHaveLength(1);
  });

  it("generate with a broken cache writes the same output as without a cache", async () => {
    const dir = tmp();
    const cacheFile = join(dir, "cache");
    writeFileSync(cacheFile, "x");
    const a = await generate({ out: join(dir, "a"), cacheDir: cacheFile, workers: 0 });
    const b = await generate({ out: join(dir, "b"), cacheDir: false, workers: 0 });
    expect([...a.files]).toEqual([...b.files]);
    expect(warnings).toHaveLength(1);
  });
});
