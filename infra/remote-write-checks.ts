/**
 * A remote-write destination's URL and headers, checked at synth and written in the format the function
 * parses.
 */
import { Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { invalid } from './errors.js';

const AMP_HOST = /^aps-workspaces\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
/** RFC 9110 `token`: what a header field name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Refuses a URL the function could not post to, and an AMP URL (which needs SigV4 and its own grant).
 * A token is left to deploy time.
 * @throws ForwarderConfigError saying what was wrong.
 */
export function checkRemoteWriteUrl(scope: Construct, url: string): void {
  if (Token.isUnresolved(url)) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`remote-write URL ${JSON.stringify(url)} is not a URL`, scope);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid(`remote-write URL must be https:// (or http://), got ${parsed.protocol}`, scope);
  }
  if (AMP_HOST.test(parsed.hostname)) {
    throw invalid(
      `${url} is an AMP workspace: use ForwarderDestination.existingWorkspace() (context key "workspace") so the function gets SigV4 and aps:RemoteWrite on that workspace only`,
      scope,
    );
  }
}

/**
 * Refuses a header name HTTP does not allow, and `Authorization`: the environment is clear text.
 * @throws ForwarderConfigError naming the header.
 */
export function checkRemoteWriteHeaders(scope: Construct, headers: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(headers)) {
    if (!HEADER_NAME.test(name)) {
      throw invalid(
        `remote-write header name ${JSON.stringify(name)} is not a valid HTTP header name`,
        scope,
      );
    }
    if (name.toLowerCase() === 'authorization') {
      throw invalid(
        'remote-write headers must not carry credentials: put the token in a secret instead',
        scope,
      );
    }
  }
}

/** `Name=Value,...`, the format the function parses (values URL-encoded like OTEL_EXPORTER_OTLP_HEADERS). */
export function formatHeaders(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}=${Token.isUnresolved(value) ? value : encodeURIComponent(value)}`)
    .join(',');
}
