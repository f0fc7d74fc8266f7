// The one definition of what an encounter can be, imported by every stage
// (corpus, extract, resolve, index, query, render, eval): kinds, statuses and the mode
// each kind is held in. Nothing else may list kinds or map a kind to its mode.
// A leaf: it imports nothing, so any stage may import it.

export type EncounterKind = "summit" | "sideline" | "meeting" | "call" | "video";
export type EncounterStatus = "held" | "announced";
/** How the people met: in one room, or apart over a line. */
export type Mode = "in-person" | "remote";

export const ENCOUNTER_KINDS: readonly EncounterKind[] = ["summit", "sideline", "meeting", "call", "video"];
export const ENCOUNTER_STATUSES: readonly EncounterStatus[] = ["held", "announced"];
export const MODES: readonly Mode[] = ["in-person", "remote"];

const MODE_OF_KIND: Readonly<Record<EncounterKind, Mode>> = Object.freeze({
  summit: "in-person",
  sideline: "in-person",
  meeting: "in-person",
  call: "remote",
  video: "remote",
});

export const modeOf = (kind: EncounterKind): Mode => MODE_OF_KIND[kind];

/** The kinds held in a mode, in ENCOUNTER_KINDS order. */
export const kindsOfMode = (mode: Mode): EncounterKind[] => ENCOUNTER_KINDS.filter((k) => MODE_OF_KIND[k] === mode);

export const isEncounterKind = (s: string): s is EncounterKind => (ENCOUNTER_KINDS as readonly string[]).includes(s);
export const isMode = (s: string): s is Mode => (MODES as readonly string[]).includes(s);
