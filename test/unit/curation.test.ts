import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexOf } from "../helpers.js";
import { tempDir } from "../temp.js";

function corpus(files: Record<string, string>): string {
  const dir = tempDir("summits-curation-");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const article = (corrections: string, body: string) => `---\ntitle: T\npublished: "2018-07-20"\n${corrections}---\n${body}`;
const BODY = "President Donald Trump met Russian President Vladimir Putin in Helsinki, Finland, on July 16, 2018. President Trump also met President Putin in Hamburg, Germany, on July 7, 2017. The two leaders also spoke briefly in Paris in November 2018.";

describe("curated corrections", () => {
  it("adds an encounter only with a quote that occurs verbatim, and marks it curated", async () => {
    const idx = await indexOf(corpus({
      "a.md": article(`corrections:\n  - add: {kind: call, participants: [Donald Trump, Vladimir Putin], date: "2018-03-20", quote: "The two leaders also spoke briefly"}\n  - add: {kind: call, participants: [Donald Trump, Vladimir Putin], quote: "words that are not there"}\n`, BODY),
    }));
    const added = idx.encounters.find((e) => e.kind === "call");
    expect(added?.curated.join(" ")).toMatch(/added by curation/);
    const src = added?.sources[0];
    expect(src && BODY.slice(src.start, src.end)).toBe("The two leaders also spoke briefly");
    expect(idx.encounters.filter((e) => e.kind === "call")).toHaveLength(1);
    expect(idx.problems.map((p) => p.message).join("\n")).toMatch(/corrections\[1\]: add\.quote: does not occur verbatim/);
    // The article names both men, so the added call points at the people already indexed, not at new copies.
    const ids = idx.people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(added?.participants.map((p) => p.id).every((id) => ids.includes(id))).toBe(true);
    expect(idx.people.find((p) => p.id === added?.participants[0]?.id)?.encounters).toContain(added?.id);
  });

  it("changes a date, drops a false record, and marks a dispute", async () => {
    const idx = await indexOf(corpus({
      "a.md": article(`corrections:\n  - set: {encounter: helsinki-2018, date: "2018-07-17"}\n  - drop: hamburg-2017\n  - dispute: {encounter: helsinki-2018, note: "checked against the transcript"}\n`, BODY),
    }));
    const helsinki = idx.encounters.find((e) => e.id === "helsinki-2018");
    expect(helsinki?.date).toBe("2018-07-17");
    expect(helsinki?.curated.join(" ")).toMatch(/corrected: date 2018-07-16 → 2018-07-17/);
    expect(helsinki?.disputes).toContainEqual({ field: "note", values: [{ value: "checked against the transcript", document: "a.md" }] });
    expect(idx.encounters.map((e) => e.id)).not.toContain("hamburg-2017");
  });

  it("merges two records and reads curation.yaml, naming bad entries", async () => {
    const idx = await indexOf(corpus({
      "a.md": article("", BODY),
      "curation.yaml": "- document: a.md\n  merge: [helsinki-2018, hamburg-2017]\n- merge: [x, y]\n- document: a.md\n  drop: nothing-2000\n",
    }));
    expect(idx.encounters.filter((e) => e.participants.length >= 2 && /helsinki|hamburg/.test(e.id)).map((e) => e.id)).toEqual(["helsinki-2018"]);
    const messages = idx.problems.map((p) => `${p.file}: ${p.message}`).join("\n");
    expect(messages).toMatch(/curation\.yaml: \[1\]\.document: name the article/);
    expect(messages).toMatch(/curation\.yaml: curation\.yaml\[2\]: drop: no encounter "nothing-2000"/);
  });

  it("the built-in corpus marks the G7 Quebec 2018 encounter disputed", async () => {
    const { BUILTIN } = await import("../helpers.js");
    const idx = await indexOf(BUILTIN);
    const quebec = idx.encounters.find((e) => e.id === "quebec-2018");
    expect(quebec?.curated.join(" ")).toMatch(/disputed: Russia was suspended/);
  });
});
