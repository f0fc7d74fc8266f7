// Stands in for node:child_process inside commander, which requires it at load
// only to run executable subcommands; summits has none. Loading the real one
// pulls in net, dgram and streams: several milliseconds of every start.
function unavailable() {
  throw new Error("summits has no executable subcommands");
}
module.exports = { spawn: unavailable, execFileSync: unavailable };
