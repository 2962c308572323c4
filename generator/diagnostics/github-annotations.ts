/**
 * GitHub Actions workflow commands (`::warning file=…,line=…,col=…,title=…::message`), which the runner turns into
 * annotations on the changed lines. Escaping follows the runner's rules (actions/toolkit `command.ts`): in the
 * message `%`, CR and LF are percent-encoded; in property values also `:` and `,`, which would otherwise end a
 * property. Without it a description containing a newline could start a second, forged workflow command.
 */
import type { Diagnostic, Severity } from "./diagnostic.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function escapeGithubData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(d: Diagnostic): string {
  const { file, line, column } = d.location;
  const props = [`file=${escapeGithubProperty(file)}`, `line=${line}`, `col=${column}`, `title=${escapeGithubProperty(d.code)}`];
  const message = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeGithubData(message)}`;
}
