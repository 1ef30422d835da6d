/** A secret held in memory that refuses to be printed. */

const REDACTED = '[redacted]';

/**
 * Wraps a secret (token, password) so that JSON.stringify, template strings and util.inspect show
 * `[redacted]`; only {@link SecretValue.reveal} gives the value, at the one place that puts it on the wire.
 */
export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself. Call it only where it is sent, never where it may be logged. */
  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  // util.inspect.custom, by its registered name: importing node:util costs start-up time for one symbol.
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}
