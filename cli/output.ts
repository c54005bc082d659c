// Writing a command's output, and what to tell the user when that fails. A stream that fails emits 'error', which
// ends the process with a stack trace unless someone listens: the commands listen, and say in one line what went wrong.

/** A failed write to the output, with the stream's own error. */
export class OutputError extends Error {
  constructor(readonly streamError: NodeJS.ErrnoException) {
    super(`cannot write the output: ${plainReason(streamError)}`);
  }

  /** The reader went away (`| head -1`): it has what it wanted, so the command just stops. */
  get readerGone(): boolean {
    return this.streamError.code === 'EPIPE';
  }
}

/** Writes to `stream`, one promise per write; listens for the stream's errors so that they reject, not crash. */
export class Output {
  /** The first error the stream reported: after it, writes fail with a vaguer one (the stream is destroyed). */
  private failure: NodeJS.ErrnoException | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => (this.failure ??= error));
  }

  /** One write, resolved once the stream has taken it (so a slow reader holds back the next chunk). */
  write(text: string): Promise<void> {
    if (!text) return Promise.resolve();
    if (this.failure) return Promise.reject(new OutputError(this.failure));
    return new Promise((resolve, reject) => {
      this.stream.write(text, (error?: Error | null) => (error ? reject(new OutputError((this.failure ??= error))) : resolve()));
    });
  }
}

/** A system error in plain words: "no space left on device" for "ENOSPC: no space left on device, write". */
export function plainReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.match(/^[A-Z][A-Z0-9_]+: (.+?)(?:, \w+(?: '.*')?)?$/)?.[1] ?? message;
}
