import { constants } from "node:os";

/** The signals that ask a command to stop: Ctrl-C, and what `kill` and service managers send. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

export interface InterruptWatch {
  /** Aborted, with the signal's name as its reason, when the first signal arrives. */
  readonly signal: AbortSignal;
  /** The first signal's name, once one arrived. */
  readonly received: NodeJS.Signals | null;
  /** The exit code a run stopped by `name` ends with: 128 + its number, as a shell reports it. */
  exitCode(name: NodeJS.Signals): number;
  /** Stop listening: the process's own handling of these signals is back. */
  stop(): void;
}

/**
 * While a command runs, SIGINT and SIGTERM stop it in order: the running statement is
 * cancelled, the transaction rolled back, the database closed, and the command fails with a
 * line saying what state it left. A second signal is for when that takes too long: it exits at
 * once, and the database discards what was not committed (on the server when the session
 * ends; an embedded one when it is next opened).
 */
export function watchInterrupts(writeLine: (line: string) => void): InterruptWatch {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const exitCode = (name: NodeJS.Signals): number => 128 + (constants.signals[name] ?? 0);
  const onSignal = (name: NodeJS.Signals): void => {
    if (received === null) {
      received = name;
      controller.abort(name);
      return;
    }
    writeLine(`FAILED: Interrupted again (${name}); exited at once without waiting for the database, which discards what was not committed`);
    process.exit(exitCode(name));
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    exitCode,
    stop: () => {
      for (const name of STOP_SIGNALS) process.off(name, onSignal);
    },
  };
}
