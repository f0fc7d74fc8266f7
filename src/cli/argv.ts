// `--json` takes an optional field list, as gh's does (`--json id,date`), yet
// a bare `--json` must keep working anywhere, even right before an argument
// (`summits show --json geneva-2021`, `summits ask --json when did …`).
// Commander cannot take an optional value back, so argv is read first: the
// word after --json is a field list when it can only be one, and is then
// passed on as `--fields`.

/** Global options that take a value: their value is not the command's name. */
const VALUED = new Set(["--corpus", "--max-file-size", "--format", "--fields"]);

/** Commands whose next word after --json could be their own argument. */
const TAKES_ARGUMENT = new Set(["show", "who-attended", "person", "claims", "search", "ask", "completion", "cache", "__complete"]);

const FIELD_LIST = /^[a-z][a-zA-Z]*(?:,[a-z][a-zA-Z]*)*$/;

/**
 * argv with every `--json FIELDS` and `--json=FIELDS` made `--json --fields FIELDS`.
 * After a command that takes an argument, one bare word is a field list only when
 * it is one of `fieldsOf(command)`; a list with a comma always is.
 */
export function splitJsonFields(argv: readonly string[], fieldsOf: (command: string) => readonly string[]): string[] {
  const out: string[] = [];
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("--json=")) {
      out.push("--json", "--fields", arg.slice("--json=".length));
      continue;
    }
    out.push(arg);
    if (VALUED.has(arg) && i + 1 < argv.length) {
      out.push(argv[++i] as string);
      continue;
    }
    if (command === null && !arg.startsWith("-")) {
      command = arg;
      continue;
    }
    const next = argv[i + 1];
    if (arg !== "--json" || command === null || next === undefined || !FIELD_LIST.test(next)) continue;
    if (next.includes(",") || !TAKES_ARGUMENT.has(command) || fieldsOf(command).includes(next)) {
      out.push("--fields", next);
      i++;
    }
  }
  return out;
}
