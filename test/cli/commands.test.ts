import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AskAnswer, Attendee, Claim, DocumentRecord, Encounter, Person, SearchHit } from "./contract.js";
import { BUILTIN, bodyOf, runCli, runJson } from "../helpers.js";

const parse = async <T extends z.ZodType>(schema: T, args: string[]) => schema.parse(await runJson(args)) as z.infer<T>;

describe("summits list", () => {
  it("returns every encounter as typed JSON, oldest first", async () => {
    const list = await parse(z.array(Encounter), ["list"]);
    expect(list.length).toBeGreaterThanOrEqual(9);
    const dated = list.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
  });

  it("filters by person (all must take part), kind, year, place and status", async () => {
    const both = await parse(z.array(Encounter), ["list", "--with", "Trump", "--with", "Putin"]);
    expect(both.length).toBeGreaterThanOrEqual(5);
    for (const e of both) expect(e.participants.map((p) => p.name).join(" ")).toMatch(/Trump.*Putin|Putin.*Trump/);
    const calls = await parse(z.array(Encounter), ["list", "--kind", "call"]);
    expect(calls.every((e) => e.kind === "call")).toBe(true);
    const y2018 = await parse(z.array(Encounter), ["list", "--year", "2018"]);
    expect(y2018.every((e) => e.date?.startsWith("2018"))).toBe(true);
    const geneva = await parse(z.array(Encounter), ["list", "--place", "geneva"]);
    expect(geneva.map((e) => e.id)).toContain("geneva-2021");
    const between = await parse(z.array(Encounter), ["list", "--from", "2018", "--to", "2019-12"]);
    expect(between.every((e) => e.date !== null && e.date >= "2018" && e.date.slice(0, 7) <= "2019-12")).toBe(true);
  });

  it("exits 1 when a filter matches nothing and 2 on a bad flag value", async () => {
    expect((await runCli(["list", "--year", "1066"])).code).toBe(1);
    const bad = await runCli(["list", "--kind", "picnic"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kind: "picnic"/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints tab-separated plain text when piped, with no colour or box drawing", async () => {
    const r = await runCli(["list"]);
    expect(r.stdout.split("\n")[0]).toBe("id\tdate\tkind\tevent\tstatus\tdisputed\tplace\tparticipants");
    expect(r.stdout).not.toMatch(/\u001b|[┌─│]/);
    // The dispute has a column of its own; the status stays a status.
    const quebec = r.stdout.split("\n").find((l) => l.startsWith("quebec-2018\t"))?.split("\t");
    expect(quebec?.[4]).toBe("held");
    expect(quebec?.[5]).toMatch(/suspended from the G8/);
  });

  it("draws a table on a terminal, coloured unless NO_COLOR is set", async () => {
    const coloured = await runCli(["list"], { tty: true, columns: 100 });
    expect(coloured.stdout.split("\n")[0]).toMatch(/^\u001b\[1mID\s+\u001b\[22m/);
    expect(coloured.stdout).toMatch(/held\*/);
    expect(coloured.stdout).toMatch(/\* disputed, or sources disagree: quebec-2018/);
    const plain = await runCli(["list"], { tty: true, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await runCli(["show", "geneva-2021"], { tty: false, env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const flag = await runCli(["show", "geneva-2021", "--no-color"], { tty: true, env: { FORCE_COLOR: "1" } });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
  });
});

describe("summits show / who-attended", () => {
  it("shows one encounter in full with sources and claims", async () => {
    const r = await runCli(["show", "geneva-2021"], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Villa La Grange/);
    expect(r.stdout).toMatch(/002-geneva-summit-live\.md/);
    expect(r.stdout).toMatch(/very constructive/);
    // Piped, the encounter is one row of data under one header row.
    const piped = await runCli(["show", "geneva-2021"]);
    expect(piped.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(piped.stdout).toMatch(/^id\tdate\t/);
  });

  it("lists who was in the room by side, each with evidence", async () => {
    const list = await parse(z.array(Attendee), ["who-attended", "geneva-2021"]);
    const names = list.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Jake Sullivan", "John Sullivan", "Valery Gerasimov", "Yuri Ushakov"]));
    expect(names).not.toContain("Anita Kumar");
    expect(list.find((a) => a.name === "John Sullivan")?.side).toBe("United States");
    expect(list.find((a) => a.name === "Dmitry Peskov")?.side).toBe("Russia");
    expect(list.find((a) => a.name === "Joe Biden")?.side).toBe("United States");
  });

  it("forgives a typo in an id, and suggests when it cannot decide", async () => {
    const r = await runCli(["who-attended", "geneva-2012"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did you mean "geneva-2021"/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("summits people / person / claims / sources / search", () => {
  it("resolves name variants to one person and keeps namesakes apart", async () => {
    const people = await parse(z.array(Person), ["people"]);
    const names = people.map((p) => p.name);
    expect(names.filter((n) => /Lavrov/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /Blinken/.test(n))).toEqual(["Antony Blinken"]);
    expect(names).toEqual(expect.arrayContaining(["Jake Sullivan", "John Sullivan"]));
    expect(names).not.toContain("Daniel Torok"); // a photographer in a credit
  });

  it("shows a person with roles and encounters", async () => {
    const p = await runJson<{ name: string; encounters: string[] }>(["person", "Lavrov"]);
    expect(p.name).toMatch(/Lavrov/);
    expect(p.encounters).toContain("geneva-2021");
    expect((await runCli(["person", "Nobody Atall"])).code).toBe(1);
  });

  it("lists claims, about one encounter or by one speaker", async () => {
    const geneva = await parse(z.array(Claim), ["claims", "geneva-2021"]);
    expect(geneva.length).toBeGreaterThan(0);
    expect(geneva.every((c) => c.encounter === "geneva-2021")).toBe(true);
    const byPutin = await parse(z.array(Claim), ["claims", "--by", "Putin"]);
    expect(byPutin.length).toBeGreaterThan(0);
    expect(byPutin.every((c) => c.speaker?.name === "Vladimir Putin")).toBe(true);
  });

  it("lists the documents with what each contributed", async () => {
    const docs = await parse(z.array(DocumentRecord), ["sources"]);
    expect(docs).toHaveLength(4);
    expect(docs.find((d) => d.id.startsWith("002"))?.encounters).toContain("geneva-2021");
    expect(docs.find((d) => d.id.startsWith("002"))?.published).toBe("2021-06-16");
  });

  it("searches fuzzily across encounters, people and claims", async () => {
    const hits = await parse(z.array(SearchHit), ["search", "Putn", "Geneve"]);
    expect(hits[0]?.id).toBe("geneva-2021");
    const people = await parse(z.array(SearchHit), ["search", "Gerasimov"]);
    expect(people.some((h) => h.type === "person" && h.id === "valery-gerasimov")).toBe(true);
  });
});

describe("summits ask", () => {
  const answer = (q: string) => parse(AskAnswer, ["ask", q]);

  it("answers when two people talked, with every held encounter and no others", async () => {
    const a = await answer("when did Biden and Putin talk");
    expect(a.intent).toBe("when");
    const dates = a.results.map((r) => Encounter.parse(r).date);
    expect(dates).toEqual(expect.arrayContaining(["2021-06-16"]));
    expect(dates.some((d) => d?.startsWith("2021-01"))).toBe(true);
    expect(dates.every((d) => d?.startsWith("2021"))).toBe(true);
  });

  it("counts in-person meetings and notes a source that counts otherwise", async () => {
    const a = await answer("how many times did Trump and Putin meet");
    expect(a.intent).toBe("count");
    // Five in the results; the disputed one (quebec-2018) is kept out of the count.
    expect(a.results).toHaveLength(5);
    expect(a.count).toBe(4);
    expect(a.answer).toBe("4 in-person meetings, plus 1 disputed: quebec-2018");
    expect(a.notes.join(" ")).toMatch(/six/);
  });

  it("finds who attended, what was said, and typo-ridden names", async () => {
    const who = await answer("who attended geneva-2021");
    expect(who.results.map((r) => Attendee.parse(r).name)).toContain("Alexander Lavrentyev");
    const said = await answer("what did Putin say about the Geneva summit");
    expect(said.results.map((r) => Claim.parse(r).text).join(" ")).toMatch(/very constructive/);
    const typo = await answer("Putn Geneve");
    expect(typo.results.map((r) => Encounter.parse(r).id)).toContain("geneva-2021");
  });

  it("explains what it cannot understand in one line instead of guessing", async () => {
    const r = await runCli(["ask", "what is the airspeed velocity of an unladen swallow"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/cannot understand/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("evidence spans", () => {
  it("every span in every --json output is an exact slice of its document body", async () => {
    const outputs: unknown[] = [
      await runJson(["list"]),
      await runJson(["claims"]),
      await runJson(["who-attended", "geneva-2021"]),
      await runJson(["show", "geneva-2021"]),
      await runJson(["ask", "when did Biden and Putin talk"]),
    ];
    let checked = 0;
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(visit);
      if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o["document"] === "string" && typeof o["start"] === "number" && typeof o["quote"] === "string") {
          expect(bodyOf(BUILTIN, o["document"]).slice(o["start"], o["end"] as number)).toBe(o["quote"]);
          checked++;
        }
        Object.values(o).forEach(visit);
      }
    };
    outputs.forEach(visit);
    expect(checked).toBeGreaterThan(50);
  });
});
