/** The forwarder's name and version, for User-Agent headers. */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const USER_AGENT = `otlp-prom-forwarder/${VERSION}`;
