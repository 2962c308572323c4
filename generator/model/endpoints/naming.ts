/**
 * The client name of a request line, from the line alone (docs/client.md, "Names"): the HTTP method in lower case,
 * then one word per path segment, in order:
 *
 * - a name (`users`, `mailFolders`, `microsoft.graph.delta()`): the name, its namespace dropped, first letter
 *   upper-cased (`Users`, `MailFolders`, `Delta`); a name followed by a key (`/users/{id}`, `/users/code={c}`,
 *   `/labels/'{name}'`, `/items/{parent-id}:/…`) is singular (`User`, `Label`, `Item`);
 * - a key (`{id}`) adds nothing; a named key (`code={c}`, `displayName='{n}'`) adds `By` and its name (`ByCode`);
 * - a path-addressed segment (`root:/{path}:`) adds its name and `ByPath` (`RootByPath`; `ItemByPath` from an id);
 * - a type cast (`microsoft.graph.user`) adds `As` and the type (`AsUser`); `$value`, `$count`, `$ref` add `Value`,
 *   `Count`, `Ref`; the query string adds nothing; an empty path is `Root`.
 *
 * So `GET /me` is getMe, `GET /users` getUsers, `PATCH /users/{id}` patchUser, `POST /me/sendMail` postMeSendMail,
 * `PUT /me/drive/root:/{path}:/content` putMeDriveRootByPathContent. Singular forms follow English plural endings
 * (`-ies` → `-y`, `-sses`/`-xes`/`-ches`/`-shes`/`-uses` → drop `-es`, other `-s` → drop `-s`, not `-ss`); irregular
 * plurals (`children`) stay as written.
 */
import type { EndpointPath, EndpointSegment } from "../types.js";
import { placeholderPieces } from "./placeholders.js";

export function requestLineName(method: string, path: EndpointPath): string {
  const words: string[] = [];
  const segments = path.segments;
  segments.forEach((s, i) => {
    const keyed = isKey(segments[i + 1]);
    switch (s.kind) {
      case "literal": {
        const pieces = placeholderPieces(s.value);
        const placeholders = pieces?.filter((p) => "placeholder" in p).length ?? 0;
        if (pieces === undefined || placeholders === 0) {
          words.push(nameWord(s.value, keyed));
          break;
        }
        // A key written with its name (`code={c}`): `ByCode`; a bare quoted key (`'{x}'`) adds nothing.
        const named = pieces.flatMap((p) => ("text" in p ? [p.text.replace(/[='"]/g, " ")] : [])).join(" ");
        const word = nameWord(named, false);
        if (word !== "") words.push(`By${word}`);
        break;
      }
      case "param":
        break;
      case "colon": {
        const named = placeholderPieces(s.name)?.every((p) => "text" in p) ?? true;
        words.push(named ? `${nameWord(s.name, false)}ByPath` : "ByPath");
        break;
      }
      case "call":
        words.push(nameWord(s.name, keyed));
        break;
      case "cast":
        words.push(`As${nameWord(s.type, false)}`);
        break;
      case "dollar":
        words.push(nameWord(s.value, false));
        break;
    }
  });
  if (words.join("") === "") words.push("Root");
  return method.toLowerCase() + words.join("");
}

/** The next segment makes the current one an addressed member of a collection. */
function isKey(next: EndpointSegment | undefined): boolean {
  if (next === undefined) return false;
  if (next.kind === "param") return true;
  if (next.kind === "literal") return placeholderPieces(next.value)?.some((p) => "placeholder" in p) === true;
  if (next.kind === "colon") return placeholderPieces(next.name)?.some((p) => "placeholder" in p) === true;
  return false;
}

/** `microsoft.graph.mailFolders` → `MailFolders` (`MailFolder` when keyed); `$value` → `Value`; `user-id` → `UserId`. */
function nameWord(text: string, singular: boolean): string {
  const last = text.replace(/\(.*$/s, "").split(".").pop() ?? "";
  const words = last.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) return "";
  if (singular) words[words.length - 1] = singularOf(words[words.length - 1]);
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

export function singularOf(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|us)es$/i.test(word)) return word.slice(0, -2);
  if (/[^su]s$/i.test(word)) return word.slice(0, -1);
  return word;
}
