// The encounter candidate: what extraction hands to resolve/. Defined in
// discourse.ts (stage 2 makes them); re-exported here for the stages after.
export type { EncounterCandidate } from "./discourse.js";
export type { EncounterKind, EncounterStatus, Mode } from "../schema.js";
