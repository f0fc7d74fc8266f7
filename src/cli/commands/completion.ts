// `summits completion bash|zsh|fish`: a completion script built from the
// command tree itself (so a new option completes without anyone listing it),
// which asks `summits __complete ids|people` for encounter ids and names.

import type { Command } from "commander";
import { EXIT, UsageError } from "../../errors.js";
import type { Index } from "../../index/build.js";
import type { CommandResult } from "./result.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

/** Which argument of a command takes an id or a name, and which options take one. */
const DYNAMIC: Readonly<Record<string, "ids" | "people">> = { show: "ids", "who-attended": "ids", claims: "ids", person: "people" };
const DYNAMIC_OPTIONS: Readonly<Record<string, "ids" | "people">> = { "--with": "people", "--by": "people" };

interface Tree {
  readonly globals: readonly string[];
  /** Options that take a value, as a shell case pattern: the word after one is not the command. */
  readonly valued: string;
  readonly commands: ReadonlyArray<{ readonly name: string; readonly options: readonly string[]; readonly subcommands: readonly string[] }>;
}

function treeOf(root: Command): Tree {
  const longs = (c: Command) => c.options.filter((o) => !o.hidden && o.long).map((o) => o.long as string);
  const withValue = [root, ...root.commands].flatMap((c) => c.options.filter((o) => o.long && (o.required || o.optional)).map((o) => o.long as string));
  return {
    globals: [...new Set([...longs(root), "--help"])],
    valued: [...new Set(withValue)].join("|"),
    commands: root.commands.filter((c) => !c.name().startsWith("__")).map((c) => ({
      name: c.name(),
      options: longs(c).filter((o) => !longs(root).includes(o)),
      subcommands: c.commands.map((s) => s.name()),
    })),
  };
}

function bash(t: Tree): string {
  const lines = (words: readonly string[]) => words.join("\\n");
  const cases = t.commands.map((c) => {
    const dynamic = DYNAMIC[c.name];
    const more = dynamic ? `$'\\n'"$(summits "\${corpus[@]}" __complete ${dynamic} 2>/dev/null)"` : "";
    return `    ${c.name}) words=$'${lines([...c.subcommands, ...c.options, ...t.globals])}'${more};;`;
  }).join("\n");
  const valued = Object.entries(DYNAMIC_OPTIONS).map(([o, what]) => `    ${o}) words="$(summits "\${corpus[@]}" __complete ${what} 2>/dev/null)";;`).join("\n");
  return `# summits completion for bash: source this file, or put it in ~/.local/share/bash-completion/completions/summits
_summits() {
  local cur prev cmd words i corpus=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  words=""
  # Ids and names come from the corpus the command line names.
  for ((i = 1; i < COMP_CWORD - 1; i++)); do
    [[ "\${COMP_WORDS[i]}" == --corpus ]] && corpus=(--corpus "\${COMP_WORDS[i+1]}")
  done
  case "$prev" in
${valued}
    --format) words=$'table\\ntsv\\ncsv\\njson\\nndjson';;
    --corpus) COMPREPLY=($(compgen -d -- "$cur")); return;;
  esac
  if [[ -z "$words" ]]; then
    cmd=""
    for ((i = 1; i < COMP_CWORD; i++)); do
      case "\${COMP_WORDS[i]}" in
        ${t.valued}) ((i++));;
        -*) ;;
        *) cmd="\${COMP_WORDS[i]}"; break;;
      esac
    done
    case "$cmd" in
      "") words=$'${lines([...t.commands.map((c) => c.name), ...t.globals])}';;
${cases.replace(/^ {4}/gm, "      ")}
    esac
  fi
  # One candidate a line, so that a name with spaces stays one; spaces escaped for the command line.
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  COMPREPLY=("\${COMPREPLY[@]// /\\\\ }")
}
complete -o default -F _summits summits
`;
}

function zsh(t: Tree): string {
  const cases = t.commands.map((c) => {
    const dynamic = DYNAMIC[c.name];
    const more = dynamic ? ` \${(f)"$(summits $corpus __complete ${dynamic} 2>/dev/null)"}` : "";
    return `    ${c.name}) compadd -- ${[...c.subcommands, ...c.options, ...t.globals].join(" ")}${more};;`;
  }).join("\n");
  const valued = Object.entries(DYNAMIC_OPTIONS).map(([o, what]) => `    ${o}) compadd -- \${(f)"$(summits $corpus __complete ${what} 2>/dev/null)"}; return;;`).join("\n");
  return `#compdef summits
# summits completion for zsh: put this file on $fpath as _summits
_summits() {
  local cmd i
  local -a corpus
  # Ids and names come from the corpus the command line names.
  for ((i = 2; i < CURRENT - 1; i++)); do
    [[ "\${words[i]}" == --corpus ]] && corpus=(--corpus "\${words[i+1]}")
  done
  case "\${words[CURRENT-1]}" in
${valued}
    --format) compadd -- table tsv csv json ndjson; return;;
    --corpus) _files -/; return;;
  esac
  cmd=""
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      ${t.valued}) ((i++));;
      -*) ;;
      *) cmd="\${words[i]}"; break;;
    esac
  done
  case "$cmd" in
    "") compadd -- ${t.commands.map((c) => c.name).join(" ")} ${t.globals.join(" ")};;
${cases}
  esac
}
compdef _summits summits
`;
}

function fish(t: Tree): string {
  const lines = ["# summits completion for fish: put this file in ~/.config/fish/completions/summits.fish", "complete -c summits -f"];
  const names = t.commands.map((c) => c.name).join(" ");
  for (const c of t.commands) lines.push(`complete -c summits -n "not __fish_seen_subcommand_from ${names}" -a ${c.name}`);
  for (const o of t.globals) lines.push(`complete -c summits -l ${o.slice(2)}`);
  for (const c of t.commands) {
    for (const o of c.options) lines.push(`complete -c summits -n "__fish_seen_subcommand_from ${c.name}" -l ${o.slice(2)}`);
    for (const s of c.subcommands) lines.push(`complete -c summits -n "__fish_seen_subcommand_from ${c.name}" -a ${s}`);
    const dynamic = DYNAMIC[c.name];
    if (dynamic) lines.push(`complete -c summits -n "__fish_seen_subcommand_from ${c.name}" -a "(summits __complete ${dynamic} 2>/dev/null)"`);
  }
  for (const [o, what] of Object.entries(DYNAMIC_OPTIONS)) lines.push(`complete -c summits -l ${o.slice(2)} -x -a "(summits __complete ${what} 2>/dev/null)"`);
  lines.push(`complete -c summits -l format -x -a "table tsv csv json ndjson"`);
  return `${lines.join("\n")}\n`;
}

export function completionCommand(shell: string, root: Command): CommandResult {
  const tree = treeOf(root);
  const make = { bash, zsh, fish }[shell.trim().toLowerCase() as (typeof SHELLS)[number]];
  if (!make) throw new UsageError(`completion: "${shell}" is not one of ${SHELLS.join(", ")}`);
  return { stdout: make(tree), exitCode: EXIT.found };
}

/** One word a line: the encounter ids, or people's names, for the completion scripts. */
export function completeWords(index: Index, what: string): CommandResult {
  const words = what === "ids" ? index.encounters.map((e) => e.id) : what === "people" ? index.people.map((p) => p.name) : null;
  if (!words) throw new UsageError(`__complete: "${what}" is not ids or people`);
  // Names go to a shell: one a line, nothing it would read as a control character.
  return { stdout: words.map((w) => w.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")).map((w) => `${w}\n`).join(""), exitCode: EXIT.found };
}
