/** The cache: hits, invalidation by generation and key, and corrupt or half-written entries read as misses. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CacheStore } from "../../generator/cache/store.js";
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
