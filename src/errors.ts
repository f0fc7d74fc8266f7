// Typed errors carry their exit code, so main() can turn any of them into one
// line on stderr without a stack trace.

export const EXIT = { found: 0, nothing: 1, error: 2 } as const;

export class SummitsError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad arguments or an unusable corpus: the command could not do its job. */
export class UsageError extends SummitsError {
  constructor(message: string) {
    super(message, EXIT.error);
  }
}

/** An id or name that matches nothing; carries suggestions. */
export class NotFoundError extends SummitsError {
  constructor(message: string, readonly suggestions: readonly string[] = []) {
    super(suggestions.length ? `${message}; did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : message, EXIT.nothing);
  }
}
