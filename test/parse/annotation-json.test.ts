import { describe, expect, it } from "vitest";
import { annotationError, readAnnotation, readLenientJson, truthy } from "../../generator/parse/annotation-json.js";

describe("readAnnotation", () => {
  it("reads an ordinary annotation comment", () => {
    expect(
      readAnnotation('<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.user",\n  "keyProperty": "id"\n}-->'),
    ).toEqual({
      blockType: "resource",
      "@odata.type": "microsoft.graph.user",
      keyProperty: "id",
    });
  });
  it("forgives a trailing comma (chat-delete-tabs.md) and unquoted keys (user-getmailtips.md)", () => {
    expect(readAnnotation('<!-- { "blockType": "response", } -->')).toEqual({ blockType: "response" });
    expect(
      readAnnotation('<!-- {\n  "blockType": "response",\n  "@odata.type": "microsoft.graph.mailTips",\n  isCollection: true\n} -->'),
    ).toEqual({
      blockType: "response",
      "@odata.type": "microsoft.graph.mailTips",
      isCollection: true,
    });
  });
  it("forgives a string wrapped over two lines (rangeformat-update.md page annotation)", () => {
    const comment = `<!-- {
  "type": "#page.annotation",
  "suppressions": [
    "Error: update_rangeformat_font_three/underline:
      Expected type String but actual was Single."
  ],
  "tocPath": ""
}-->`;
    expect(readAnnotation(comment)).toMatchObject({ type: "#page.annotation", tocPath: "" });
  });
  it("says undefined for comments that are not JSON objects", () => {
    expect(readAnnotation("<!-- uuid: 8fcb5dbc-d5aa-4681-8e31-b001d5168d79\n2015-10-25 14:57:30 UTC -->")).toBeUndefined();
    expect(readAnnotation("<!-- GET /groups/{id}/events/{id}/attachments/{id} -->")).toBeUndefined();
    expect(readAnnotation("<!-- [1, 2] -->")).toBeUndefined();
    expect(readAnnotation("<!-- { not json at all -->")).toBeUndefined();
    expect(readAnnotation("<!---->")).toBeUndefined();
  });
});

describe("readLenientJson", () => {
  it("parses strict JSON as JSON.parse does", () => {
    expect(readLenientJson('{"a": [1, "x", null, true]}')).toEqual({ a: [1, "x", null, true] });
  });
  it("strips comments, but not // inside strings", () => {
    expect(readLenientJson('{\n  "webUrl": "https://contoso.com/a", // the URL\n  /* relationships */\n  "b": 1\n}')).toEqual({
      webUrl: "https://contoso.com/a",
      b: 1,
    });
  });
  it("drops trailing commas and ... elisions", () => {
    expect(readLenientJson('{"value": [ {"id": "1"}, ... ], "n": 2,}')).toEqual({ value: [{ id: "1" }], n: 2 });
    expect(readLenientJson('{\n  "a": 1,\n  ...\n}')).toEqual({ a: 1 });
    expect(readLenientJson('{"value": [ {...}, {...} ]}')).toEqual({ value: [{}, {}] });
    expect(readLenientJson('{"text": "to be continued..."}')).toEqual({ text: "to be continued..." });
  });
  it("says undefined when the text is still not JSON", () => {
    expect(readLenientJson('{"value": [ {"id": "1"}, ')).toBeUndefined();
    expect(readLenientJson("")).toBeUndefined();
    expect(readLenientJson('{"a": ...}')).toBeUndefined();
  });
});

describe("truthy", () => {
  it("takes true and the string true", () => {
    expect(truthy(true)).toBe(true);
    expect(truthy("true")).toBe(true);
    expect(truthy("True")).toBe(true);
    expect(truthy(false)).toBe(false);
    expect(truthy("false")).toBe(false);
    expect(truthy(1)).toBe(false);
    expect(truthy(undefined)).toBe(false);
  });
});

describe("readLenientJson repairs", () => {
  it("adds a comma a member line forgot", () => {
    expect(readLenientJson('{\n  "tocPath": ""\n  "suppressions": []\n}')).toEqual({ tocPath: "", suppressions: [] });
    expect(readLenientJson('{\n  "id": "4"\n  "accountEnabled": true\n}')).toEqual({ id: "4", accountEnabled: true });
  });
  it("does not touch a string that merely contains a quote-like line", () => {
    expect(readLenientJson('{"a": "x\\n\\"y\\""}')).toEqual({ a: 'x\n"y"' });
  });
});

describe("annotationError", () => {
  it("says why a JSON-looking comment is not read, at its offset in the comment", () => {
    const comment = "<!-- { blockType: resource } -->";
    expect(annotationError(comment)).toEqual({ reason: "invalid character 'r'", offset: comment.indexOf("resource") });
    const unclosed = '<!-- {\n  "description": "User delete,\n  "keywords": ""\n} -->';
    expect(annotationError(unclosed)).toEqual({
      reason: "a string is not closed before the end of its line",
      offset: unclosed.indexOf(",\n") + 1,
    });
    expect(annotationError('<!-- { "blockType": "request"')).toBeUndefined(); // unterminated: another rule's finding
  });

  it("is undefined for comments that are read or are no JSON at all", () => {
    expect(annotationError('<!-- { "blockType": "response", } -->')).toBeUndefined();
    expect(annotationError("<!-- { isCollection: true } -->")).toBeUndefined();
    expect(annotationError("<!-- GET /groups/{id}/events -->")).toBeUndefined();
    expect(annotationError("<!-- uuid: 8fcb5dbc -->")).toBeUndefined();
  });
});
