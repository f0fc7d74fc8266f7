export interface CommandResult {
  readonly stdout: string;
  readonly exitCode: number;
  /** One line for stderr: how nothing was found, never a stack trace. */
  readonly message?: string;
}
