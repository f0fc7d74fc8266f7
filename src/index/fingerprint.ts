// Identifies the code behind cached results, so that each is used only by
// the code that produced it: the extractor (src/extract/, src/corpus/ and the
// gazetteer data versions) for per-article entries, all of src/ for whole
// indexes. scripts/build.mjs injects both hashes into the bundle; running
// from source (tests) falls back to the hand-bumped EXTRACTOR_VERSION.

declare const __EXTRACTOR_FINGERPRINT__: string | undefined;
declare const __INDEX_FINGERPRINT__: string | undefined;

export async function extractorFingerprint(): Promise<string> {
  if (typeof __EXTRACTOR_FINGERPRINT__ === "string") return __EXTRACTOR_FINGERPRINT__;
  // Dynamic, so the bundle — which always has the define — never loads extraction for this.
  const { EXTRACTOR_VERSION } = await import("../extract/document.js");
  return `${EXTRACTOR_VERSION}-dev`;
}

/**
 * Identifies all of the code behind a built index (extraction, resolution,
 * index building): a snapshot or install-time index is valid only for it.
 */
export async function indexFingerprint(): Promise<string> {
  if (typeof __INDEX_FINGERPRINT__ === "string") return __INDEX_FINGERPRINT__;
  return `index-${await extractorFingerprint()}`;
}
