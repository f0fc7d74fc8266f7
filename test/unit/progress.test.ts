import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/options.js";
import { progressBar } from "../../src/cli/progress.js";
import { resolveStyle } from "../../src/render/output.js";

function io(stderrIsTTY: boolean): Io & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (t) => err.push(t), env: {}, isTTY: false, stderrIsTTY, columns: 80, cwd: "/" };
}

describe("progress bar", () => {
  it("never appears in a pipe or in --json mode", () => {
    expect(progressBar(io(false), false)).toBeUndefined();
    expect(progressBar(io(true), true)).toBeUndefined();
  });

  it("shows files done, rate and time left on a terminal, then clears its line", () => {
    const out = io(true);
    let t = 0;
    const bar = progressBar(out, false, () => t) as NonNullable<ReturnType<typeof progressBar>>;
    t = 2000;
    bar.update(50, 200);
    expect(out.err.at(-1)).toMatch(/50\/200 files, 25 articles\/s, 0:06 left/);
    t = 2050;
    bar.update(60, 200); // too soon after the last redraw
    expect(out.err.length).toBe(1);
    bar.update(200, 200);
    expect(out.err.at(-1)).toMatch(/200 files read/);
    bar.finish();
    expect(out.err.at(-1)).toBe("\r\u001b[2K");
  });
});

describe("colours", () => {
  it("paints only when colour is on, and reopens an outer style after a nested one closes", () => {
    const on = resolveStyle({ isTTY: true, columns: 80, env: {}, noColorFlag: false });
    const off = resolveStyle({ isTTY: true, columns: 80, env: { NO_COLOR: "1" }, noColorFlag: false });
    expect(off.chalk.bold("x")).toBe("x");
    expect(on.chalk.bold("x")).toBe("\u001b[1mx\u001b[22m");
    expect(on.chalk.bold(`a ${on.chalk.dim("b")} c`)).toBe("\u001b[1ma \u001b[2mb\u001b[22m\u001b[1m c\u001b[22m");
  });
});
