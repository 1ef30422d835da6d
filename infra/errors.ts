/** The one error infra/ throws: props or context that cannot make a working forwarder. */
import type { IConstruct } from 'constructs';

/** Invalid props or context, named with the construct path so `cdk synth` says where. */
export class ForwarderConfigError extends Error {
  override readonly name = 'ForwarderConfigError';
}

/** A {@link ForwarderConfigError} prefixed with the construct's path. */
export function invalid(message: string, scope: IConstruct): ForwarderConfigError {
  return new ForwarderConfigError(`${scope.node.path}: ${message}`);
}
