// argv → frozen options → one command → exit code. Every error a user can
// cause becomes one line on stderr and an exit code: 0 found, 1 nothing found,
// 2 bad usage or an unusable corpus.

import { Command, CommanderError, Option } from "commander";
import { EXIT, SummitsError } from "../errors.js";
import type { Index } from "../index/build.js";
import { openIndex } from "../index/open.js";
import { storePath } from "../index/cache.js";
import { sanitize, terminalSafe } from "../render/output.js";
import { formatProblem } from "../render/problems.js";
import type { CheckFlags } from "./commands/check.js";
import type { OpenCorpus } from "./commands/index.js";
import type { ListFlags } from "./commands/list.js";
import type { CommandResult } from "./commands/result.js";
import { prebuiltIndex, resolveGlobalOptions, workerScript, type GlobalOptions, type Io, type RawGlobalFlags } from "./options.js";
import { progressBar } from "./progress.js";

export const VERSION = "1.0.0";

// Each command's module is imported when it runs, not at start-up: the
// query engines and renderers behind them (fuse.js, MiniSearch, cli-table3)
// cost more to load than most queries take to answer.
type IndexJob = (index: Index, opts: GlobalOptions) => Promise<CommandResult>;
/** A command that opens the index its own way, or not at all: index maintenance, and `check`, which needs only the loader. */
type PlainJob = { readonly plain: (opts: GlobalOptions, open: OpenCorpus) => Promise<CommandResult> };
type Job = IndexJob | PlainJob;

const collect = (value: string, previous: string[] = []) => [...previous, value];

function program(io: Io, setJob: (job: Job) => void): Command {
  const root = new Command("summits")
    .description("Ask a folder of news articles who met whom, when, where, who was in the room and who said what.")
    .version(VERSION)
    .option("--corpus <dir>", "folder of articles (default: $SUMMITS_CORPUS, else the built-in corpus)")
    .option("--json", "print JSON (every command)")
    .option("--no-color", "never colour output (NO_COLOR is honoured too)")
    .option("--no-cache", "build the index in memory: nothing read from or written to the on-disk index")
    .option("--max-file-size <bytes>", "skip articles larger than this (default 5242880, 5 MB)")
    .option("--follow-links", "follow symbolic links that point outside the corpus folder")
    .option("--time-budget <seconds>", "skip an article whose extraction takes longer than this (default 30)")
    .showHelpAfterError("(run summits --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(sanitize(text)) })
    .exitOverride();

  const jsonOption = () => new Option("--json", "print JSON");
  root.command("list").description("every encounter, oldest first")
    .addOption(jsonOption())
    .option("--with <person>", "only encounters this person took part in (repeatable: all must)", collect)
    .option("--kind <kind>", "summit, sideline, meeting, call, video, in-person or remote (repeatable)", collect)
    .option("--status <status>", "held or announced (repeatable)", collect)
    .option("--year <yyyy>", "only this year")
    .option("--from <date>", "on or after this date (YYYY[-MM[-DD]])")
    .option("--to <date>", "on or before this date")
    .option("--place <text>", "city, country, venue or event contains this")
    .action((flags: ListFlags) => setJob(async (index, opts) => (await import("./commands/list.js")).listCommand(index, flags, opts)));
  root.command("show").argument("<id>", "encounter id (typos forgiven)").description("one encounter in full, with sources")
    .addOption(jsonOption()).action((id: string) => setJob(async (index, opts) => (await import("./commands/show.js")).showCommand(index, id, opts)));
  root.command("who-attended").argument("<id>", "encounter id").description("who was in the room, by side, with evidence")
    .addOption(jsonOption()).action((id: string) => setJob(async (index, opts) => (await import("./commands/who-attended.js")).whoAttendedCommand(index, id, opts)));
  root.command("people").description("everyone named, with roles and encounters")
    .addOption(jsonOption()).action(() => setJob(async (index, opts) => (await import("./commands/people.js")).peopleCommand(index, opts)));
  root.command("person").argument("<name>", "a name (typos forgiven)").description("one person: roles, side, encounters")
    .addOption(jsonOption()).action((name: string) => setJob(async (index, opts) => (await import("./commands/people.js")).personCommand(index, name, opts)));
  root.command("claims").argument("[id]", "only claims about this encounter").description("quotations and reported statements")
    .addOption(jsonOption()).option("--by <person>", "only this speaker's")
    .action((id: string | undefined, flags: { by?: string }) => setJob(async (index, opts) => (await import("./commands/claims.js")).claimsCommand(index, id, flags, opts)));
  root.command("search").argument("<text...>").description("fuzzy search over encounters, people and claims")
    .addOption(jsonOption()).option("--limit <n>", "at most this many hits", "20")
    .action((words: string[], flags: { limit?: string }) => setJob(async (index, opts) => (await import("./commands/search.js")).searchCommand(index, words, flags, opts)));
  root.command("ask").argument("<question...>").description('a plain-language question, e.g. "when did Biden and Putin talk"')
    .addOption(jsonOption()).action((words: string[]) => setJob(async (index, opts) => (await import("./commands/ask.js")).askCommand(index, words, opts)));
  root.command("sources").description("the documents, with what each contributed")
    .addOption(jsonOption()).action(() => setJob(async (index, opts) => (await import("./commands/sources.js")).sourcesCommand(index, opts)));
  root.command("check").description("validate the corpus: every problem as file:line: severity: message; exit 1 on errors")
    .addOption(jsonOption()).option("--strict", "exit 1 on warnings too")
    .action((flags: CheckFlags) => setJob({ plain: async (opts) => (await import("./commands/check.js")).checkCommand(flags, opts) }));
  const index = root.command("index").alias("cache").description("the on-disk index: where it is, what it holds, rebuilding and clearing it");
  index.command("path").description("print the folder the index lives in").addOption(jsonOption())
    .action(() => setJob({ plain: async (opts) => (await import("./commands/index.js")).indexPathCommand(opts) }));
  index.command("stats").description("bring the corpus's index up to date and count what it holds").addOption(jsonOption())
    .action(() => setJob({ plain: async (opts, open) => (await import("./commands/index.js")).indexStatsCommand(opts, open) }));
  index.command("rebuild").description("rebuild the corpus's index from its articles").addOption(jsonOption())
    .action(() => setJob({ plain: async (opts, open) => (await import("./commands/index.js")).indexRebuildCommand(opts, open) }));
  index.command("clear").description("delete everything summits has stored").addOption(jsonOption())
    .action(() => setJob({ plain: async (opts) => (await import("./commands/index.js")).indexClearCommand(opts) }));
  return root;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let job: Job | null = null;
  let sub: Command | null = null;
  const root = program(io, (j) => {
    job = j;
  });
  root.hook("preAction", (_this, actionCommand) => {
    sub = actionCommand;
  });
  try {
    await root.parseAsync([...argv], { from: "user" });
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
      for (const p of index.problems) io.stderr(`${formatProblem(p)}\n`);
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
    if (result.message) io.stderr(`summits: ${sanitize(result.message)}\n`);
    return result.exitCode;
  } catch (err) {
    if (err instanceof SummitsError) {
      io.stderr(`summits: ${sanitize(err.message)}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
