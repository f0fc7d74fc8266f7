// argv → frozen options → one command → exit code. Every error a user can
// cause becomes one line on stderr and an exit code (the contract, once):
//   0  answered: at least one record, or a yes/no or how-many answer
//   1  nothing found, or a name or question not understood
//   2  bad usage (an unknown option, a bad value) or an unusable corpus

import { Command, CommanderError, Option } from "commander";
import { EXIT, SummitsError } from "../errors.js";
import type { Index } from "../index/build.js";
import { openIndex } from "../index/open.js";
import { storePath } from "../index/cache.js";
import { ATTENDEE_FIELDS, CLAIM_FIELDS, DOCUMENT_FIELDS, ENCOUNTER_FIELDS, PERSON_FIELDS } from "../index/records.js";
import { QUESTION_SHAPES, TIME_SHAPES } from "../query/ask.js";
import { oneLine, sanitize, terminalSafe } from "../render/output.js";
import { wrap } from "../render/width.js";
import { formatProblem, isUnusedField } from "../render/problems.js";
import { splitJsonFields } from "./argv.js";
import type { CheckFlags } from "./commands/check.js";
import type { ClaimsFlags } from "./commands/claims.js";
import type { OpenCorpus } from "./commands/index.js";
import type { ListFlags } from "./commands/list.js";
import type { PeopleFlags } from "./commands/people.js";
import type { CommandResult } from "./commands/result.js";
import type { ListingFlags } from "../query/listing.js";
import { prebuiltIndex, resolveGlobalOptions, workerScript, type GlobalOptions, type Io, type RawGlobalFlags } from "./options.js";
import { progressBar } from "./progress.js";

export const VERSION = "1.0.0";

// Each command's module is imported when it runs, not at start-up: the
// query engines and renderers behind them (fuse.js, MiniSearch) cost more to
// load than most queries take to answer.
type IndexJob = (index: Index, opts: GlobalOptions) => Promise<CommandResult>;
/** A command that opens the index its own way, or not at all: index maintenance, completion, and `check`, which needs only the loader. */
type PlainJob = { readonly plain: (opts: GlobalOptions, open: OpenCorpus) => Promise<CommandResult> };
type Job = IndexJob | PlainJob;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The JSON fields each command's records have: what `--json FIELDS` may name. */
export const FIELDS_OF: Readonly<Record<string, readonly string[]>> = {
  list: ENCOUNTER_FIELDS, show: [...ENCOUNTER_FIELDS, "attendees", "claims"], "who-attended": ATTENDEE_FIELDS, people: PERSON_FIELDS,
  person: [...PERSON_FIELDS, "encounterRecords"], claims: CLAIM_FIELDS, search: ["type", "id", "label", "score"], ask: ENCOUNTER_FIELDS,
  sources: DOCUMENT_FIELDS, check: ["file", "line", "field", "severity", "message"],
};

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

const EXIT_HELP = `
Exit status: 0 answered (at least one record, or a yes/no or how-many answer);
1 nothing found, or a name or question not understood; 2 bad usage or an
unusable corpus.`;

function listingOptions(command: Command, sortable: readonly string[]): Command {
  return command
    .option("--limit <n>", "at most this many")
    .option("--sort <field>", `order by a field (${sortable.slice(0, 6).join(", ")}…)`)
    .option("--reverse", "reverse the order");
}

/**
 * Commander's error lines quote the arguments they reject ("unknown command
 * 'x'"); an argument that holds a line break would make them span lines, so
 * each is shown as oneLine() shows it. Commander's own line breaks stay.
 */
function echoingArgs(text: string, argv: readonly string[]): string {
  let out = text;
  for (const arg of argv) if (oneLine(arg) !== arg) out = out.split(arg).join(oneLine(arg));
  return out;
}

function program(io: Io, argv: readonly string[], setJob: (job: Job) => void): Command {
  const root = new Command("summits")
    .description("Ask a folder of news articles who met whom, when, where, who was in the room and who said what.")
    .version(VERSION)
    .option("--corpus <dir>", "folder of articles (default: $SUMMITS_CORPUS, else the built-in corpus)")
    .option("--json", "print JSON (--json id,date,…: only those fields of each record)")
    .option("--format <format>", "table (on a terminal), tsv (in a pipe), csv, json or ndjson")
    .addOption(new Option("--fields <fields>", "only these fields (comma-separated), in any format").hideHelp())
    .option("--wide", "show every column, uncut, however wide")
    .option("--no-color", "never colour output (NO_COLOR=1 and FORCE_COLOR=0 do too)")
    .option("--no-cache", "build the index in memory: nothing read from or written to the on-disk index")
    .option("--max-file-size <bytes>", "skip articles larger than this (default 5242880, 5 MB)")
    .option("--follow-links", "follow symbolic links that point outside the corpus folder")
    .option("--time-budget <seconds>", "skip an article whose extraction takes longer than this (default 30)")
    .showHelpAfterError("(run summits --help for usage)")
    .configureHelp({ showGlobalOptions: true, helpWidth: Math.min(100, io.columns ?? 80) })
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(sanitize(text)), outputError: (text, write) => write(echoingArgs(text, argv)) })
    .addHelpText("after", `${examples('summits ask "when did Biden and Putin talk"', "summits list --with Putin --year 2018", "summits --corpus ~/articles check")}${EXIT_HELP}`)
    .exitOverride();

  const list = root.command("list").description("every encounter, oldest first")
    .option("--with <person>", "only encounters this person took part in (repeatable: all must)", collect)
    .option("--kind <kind>", "summit, sideline, meeting, call, video, in-person or remote (repeatable)", collect)
    .option("--status <status>", "held or announced (repeatable)", collect)
    .option("--year <yyyy>", "only this year")
    .option("--from <date>", "on or after this date (YYYY[-MM[-DD]])")
    .option("--to <date>", "on or before this date")
    .option("--place <text>", "city, country, venue or event contains this")
    .option("--side <side>", "a participant is on this side (Russia, United States…)")
    .option("--source <document>", "reported by a document whose path contains this")
    .addHelpText("after", examples("summits list --with Trump --with Putin --kind in-person", "summits list --from 2021-06 --to 2021-12 --kind remote", "summits list --json id,date,participants | jq ."));
  listingOptions(list, ENCOUNTER_FIELDS).action((flags: ListFlags) => setJob(async (index, opts) => (await import("./commands/list.js")).listCommand(index, flags, opts)));

  root.command("show").argument("<id>", "encounter id (typos forgiven)").description("one encounter in full, with sources")
    .option("--explain", "which rules and passes read each report")
    .addHelpText("after", examples("summits show geneva-2021", "summits show helsinki --json", "summits show geneva-2021 --explain", "summits show geneva-2021 --json participants,sources"))
    .action((id: string, flags: { explain?: boolean }) => setJob(async (index, opts) => (await import("./commands/show.js")).showCommand(index, id, flags, opts)));
  root.command("who-attended").argument("<id>", "encounter id").description("who was in the room, by side, with evidence")
    .addHelpText("after", examples("summits who-attended geneva-2021", "summits who-attended geneva-2021 --format csv > geneva.csv"))
    .action((id: string) => setJob(async (index, opts) => (await import("./commands/who-attended.js")).whoAttendedCommand(index, id, opts)));

  const people = root.command("people").description("everyone named, with roles and encounters; most encounters first")
    .option("--side <side>", "only people on this side")
    .option("--source <document>", "only people named in a document whose path contains this")
    .addHelpText("after", examples("summits people --side Russia", "summits people --sort name --limit 10", "summits people --json id,name,encounters"));
  listingOptions(people, PERSON_FIELDS).action((flags: PeopleFlags) => setJob(async (index, opts) => (await import("./commands/people.js")).peopleCommand(index, flags, opts)));
  root.command("person").argument("<name>", "a name (typos forgiven)").description("one person: roles, side, encounters")
    .addHelpText("after", examples("summits person Lavrov", "summits person 'Vladimir Putin' --json encounters"))
    .action((name: string) => setJob(async (index, opts) => (await import("./commands/people.js")).personCommand(index, name, opts)));

  const claims = root.command("claims").argument("[id]", "only claims about this encounter").description("quotations and reported statements")
    .option("--by <person>", "only this speaker's")
    .option("--side <side>", "only speakers on this side")
    .option("--source <document>", "only from a document whose path contains this")
    .addHelpText("after", examples("summits claims geneva-2021", "summits claims --by Putin --limit 5", "summits claims --side Russia --format ndjson"));
  listingOptions(claims, CLAIM_FIELDS).action((id: string | undefined, flags: ClaimsFlags) => setJob(async (index, opts) => (await import("./commands/claims.js")).claimsCommand(index, id, flags, opts)));

  const search = root.command("search").argument("<text...>").description("fuzzy search over encounters, people and claims, best first")
    .addHelpText("after", examples("summits search Gerasimov", "summits search Putn Geneve", "summits search strategic stability --limit 5"));
  listingOptions(search, ["type", "id", "label", "score"]).action((words: string[], flags: ListingFlags) => setJob(async (index, opts) => (await import("./commands/search.js")).searchCommand(index, words, flags, opts)));

  // Built when help is asked for, not on every run: wrapping measures text, which costs start-up time.
  const askHelp = () => {
    const width = Math.max(40, io.columns ?? 80);
    const para = (text: string, first = "", indent = first) => wrap(text, width, first, indent).join("\n");
    const shapes = QUESTION_SHAPES.map(([shape, example]) => `${para(shape, "  ", "    ")}\n${para(`$ summits ask "${example}"`, "      ", "        ")}`).join("\n");
    const notes = [
      para(`Times: ${TIME_SHAPES.join("; ")}.`, "", "  "),
      para("Kinds: meet/met (in person), call/phone, video, summit, sideline."),
      para("Names and places are matched to the corpus, forgiving a spelling mistake; a name the corpus does not hold is reported, never swapped for another (exit 1)."),
    ].join("\n");
    return `\nQuestions it understands:\n${shapes}\n\n${notes}\n`;
  };
  root.command("ask").argument("<question...>").description('a plain-language question, e.g. "when did Biden and Putin talk"')
    .addHelpText("after", askHelp)
    .action((words: string[]) => setJob(async (index, opts) => (await import("./commands/ask.js")).askCommand(index, words, opts)));
  root.command("sources").description("the documents, with what each contributed")
    .addHelpText("after", examples("summits sources", "summits sources --format csv", "summits sources --json id,encounters"))
    .action(() => setJob(async (index, opts) => (await import("./commands/sources.js")).sourcesCommand(index, opts)));
  root.command("check").description("validate the corpus: every problem as file:line: severity: message; exit 1 on errors")
    .option("--strict", "exit 1 on warnings too, and list front-matter fields summits does not use")
    .addHelpText("after", examples("summits --corpus articles/ check", "summits --corpus articles/ check --strict", "summits --corpus articles/ check --json"))
    .action((flags: CheckFlags) => setJob({ plain: async (opts) => (await import("./commands/check.js")).checkCommand(flags, opts) }));
  const index = root.command("index").alias("cache").description("the on-disk index: where it is, what it holds, rebuilding and clearing it")
    .addHelpText("after", examples("summits --corpus articles/ index stats", "summits index path", "summits --corpus articles/ index rebuild", "summits index clear"));
  index.command("path").description("print the folder the index lives in")
    .action(() => setJob({ plain: async (opts) => (await import("./commands/index.js")).indexPathCommand(opts) }));
  index.command("stats").description("bring the corpus's index up to date and count what it holds")
    .action(() => setJob({ plain: async (opts, open) => (await import("./commands/index.js")).indexStatsCommand(opts, open) }));
  index.command("rebuild").description("rebuild the corpus's index from its articles")
    .action(() => setJob({ plain: async (opts, open) => (await import("./commands/index.js")).indexRebuildCommand(opts, open) }));
  index.command("clear").description("delete everything summits has stored")
    .action(() => setJob({ plain: async (opts) => (await import("./commands/index.js")).indexClearCommand(opts) }));
  root.command("completion").argument("<shell>", "bash, zsh or fish").description("print a shell completion script (commands, options, ids, names)")
    .addHelpText("after", examples("summits completion bash > ~/.local/share/bash-completion/completions/summits", "summits completion zsh > \"${fpath[1]}/_summits\"", "summits completion fish > ~/.config/fish/completions/summits.fish"))
    .action((shell: string) => setJob({ plain: async () => (await import("./commands/completion.js")).completionCommand(shell, root) }));
  // What the completion scripts call for ids and names; not for people.
  root.command("__complete", { hidden: true }).argument("<what>", "ids or people")
    .action((what: string) => setJob(async (index) => (await import("./commands/completion.js")).completeWords(index, what)));
  return root;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let job: Job | null = null;
  let sub: Command | null = null;
  const root = program(io, argv, (j) => {
    job = j;
  });
  root.hook("preAction", (_this, actionCommand) => {
    sub = actionCommand;
  });
  try {
    await root.parseAsync(splitJsonFields(argv, (command) => FIELDS_OF[command] ?? []), { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.found;
      return EXIT.error;
    }
    throw err;
  }
  if (!job) {
    io.stderr(root.helpInformation());
    return EXIT.error;
  }
  // A cast, not an annotation: TS narrows `job` to never, as it cannot see the callback assign it.
  const runJob = job as Job;
  try {
    // `--json FIELDS` reaches here as --json --fields FIELDS (see argv.ts).
    const flags = { ...root.opts(), ...((sub as Command | null)?.opts() ?? {}) } as RawGlobalFlags;
    const opts = resolveGlobalOptions(flags, io);
    const openCorpus: OpenCorpus = async (o, fresh) => {
      const progress = progressBar(io, o.json);
      const location = o.cache ? storePath(o.cacheDir, o.corpus) : null;
      if (fresh && location) (await import("../index/store.js")).removeStoreFiles(location);
      const index = await openIndex({
        corpus: o.corpus,
        cache: o.cache,
        cacheDir: o.cacheDir,
        prebuilt: fresh ? null : prebuiltIndex(),
        workerScript: workerScript(),
        onProgress: progress?.update,
        maxFileSize: o.maxFileSize,
        followLinks: o.followLinks,
        budgetMs: o.budgetMs,
        onNotice: (message) => io.stderr(`summits: ${sanitize(message)}\n`),
      }).finally(() => progress?.finish());
      // Front-matter fields summits does not use are not worth a line on every run; `check --strict` lists them.
      for (const p of index.problems) if (!isUnusedField(p)) io.stderr(`${formatProblem(p)}\n`);
      return { index, location: index.location ?? null };
    };
    let result: CommandResult;
    if ("plain" in runJob) result = await runJob.plain(opts, openCorpus);
    else {
      const { index } = await openCorpus(opts, false);
      try {
        result = await runJob(index, opts);
      } finally {
        index.close?.();
      }
    }
    io.stdout(opts.json ? result.stdout : terminalSafe(result.stdout, opts.style.color));
    if (result.note) io.stderr(`${sanitize(result.note).replace(/\s+/g, " ")}\n`);
    if (result.message) io.stderr(`summits: ${oneLine(result.message)}\n`);
    return result.exitCode;
  } catch (err) {
    if (err instanceof SummitsError) {
      io.stderr(`summits: ${oneLine(err.message)}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
