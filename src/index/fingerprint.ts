// Identifies the extraction code, so that a cached result is used only by the
// code that produced it. The bundle gets a hash of src/extract/, src/corpus/
// and the gazetteer data's versions from scripts/build.mjs; running from
// source (tests) falls back to the hand-bumped EXTRACTOR_VERSION.

declare const __EXTRACTOR_FINGERPRINT__: string | undefined;

export async function extractorFingerprint(): Promise<string> {
  if (typeof __EXTRACTOR_FINGERPRINT__ === "string") return __EXTRACTOR_FINGERPRINT__;
  // Dynamic, so the bundle — which always has the define — never loads extraction for this.
  const { EXTRACTOR_VERSION } = await import("../extract/document.js");
  return `${EXTRACTOR_VERSION}-dev`;
}
