/**
 * A documented response → what the local server answers and what the generated function should give back:
 * the parsed body for JSON, bytes for binary content, text for `$value`/`$count` text, undefined for 204 or an empty
 * body, and an `ODataError` with the documented status (and error code) for a non-2xx response.
 */
import type { EmittedFunction } from "../../emit/typescript/client.js";
import type { ExampleMessageModel } from "../../model/types.js";
import { skip, type Skip } from "./call-arguments.js";
import type { CannedResponse } from "./local-server.js";

export type ExpectedResult = { kind: "value"; value: unknown } | { kind: "error"; status: number; code?: string };

export interface ResponsePlan {
  canned: CannedResponse;
  expected: ExpectedResult;
}

const encoder = new TextEncoder();

function header(message: ExampleMessageModel, name: string): string | undefined {
  return message.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType === undefined || /json/i.test(contentType);
}

/** The JSON text to send: the documented text when it is strict JSON, else the leniently read value re-serialized. */
function jsonText(response: ExampleMessageModel): string {
  try {
    JSON.parse(response.bodyText);
    return response.bodyText;
  } catch {
    return JSON.stringify(response.bodyJson);
  }
}

export function responsePlan(fn: EmittedFunction, response: ExampleMessageModel): ResponsePlan | Skip {
  const status = response.status;
  if (status === undefined) return skip("documentation", "response has no status line");
  if (status >= 300 && status < 400)
    return skip("generator", "redirect response (fetch follows redirects; the client returns no Location)");
  const contentType = header(response, "Content-Type");
  const text = response.bodyText.trim();
  const headers = (type: string): Record<string, string> => ({ "content-type": contentType ?? type });

  if (status < 200 || status >= 300) {
    const error = response.bodyJson as { error?: { code?: unknown } } | undefined;
    const code = typeof error?.error?.code === "string" ? error.error.code : undefined;
    const body = response.bodyJson !== undefined ? jsonText(response) : response.bodyText;
    return {
      canned: { status, headers: headers("application/json"), body: encoder.encode(body) },
      expected: { kind: "error", status, ...(code !== undefined ? { code } : {}) },
    };
  }

  // 204/205 carry no content whatever the docs show; other bodies are passed on, empty or not (bytes and text).
  const noContent = status === 204 || status === 205;
  const empty = text === "" || noContent;
  switch (fn.responseKind) {
    case "binary": {
      const body = encoder.encode(response.bodyText);
      return {
        canned: { status, headers: headers("application/octet-stream"), body },
        expected: { kind: "value", value: noContent ? undefined : body },
      };
    }
    case "text":
      return {
        canned: { status, headers: headers("text/plain"), body: encoder.encode(response.bodyText) },
        expected: { kind: "value", value: noContent ? undefined : response.bodyText },
      };
    case "void":
    case "json": {
      if (empty)
        return {
          canned: { status, headers: headers("application/json"), body: new Uint8Array() },
          expected: { kind: "value", value: undefined },
        };
      if (response.bodyJson === undefined) {
        return isJsonType(contentType)
          ? skip("documentation", "response body is not JSON")
          : skip("generator", "response is not JSON but the function reads JSON", contentType);
      }
      // A void function drops a documented body: the comparison then reports what the caller never sees.
      return {
        canned: { status, headers: headers("application/json"), body: encoder.encode(jsonText(response)) },
        expected: { kind: "value", value: response.bodyJson },
      };
    }
  }
}
