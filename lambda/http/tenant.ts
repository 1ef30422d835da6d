/**
 * The client's Cortex/Mimir tenant (`X-Scope-OrgID`), passed through to the destination when
 * PASS_THROUGH_TENANT_HEADER is on. Checked at the endpoint, before the body is read, so a bad header
 * costs the client a 400 and the forwarder nothing.
 */
import { BadRequestError } from '../errors.js';
import type { HttpRequest } from './types.js';

/** Cortex/Mimir's tenant header, lower-cased as edges hand headers over. */
export const TENANT_HEADER = 'x-scope-orgid';

// Cortex accepts tenant IDs up to 150 characters of a restricted set; we only refuse what could corrupt
// the outgoing request or is plainly not an ID, and leave the rest to the destination.
const TENANT_ID = /^[\x21-\x7e]{1,150}$/;

/**
 * The tenant to pass on, or undefined when pass-through is off or the client sent none.
 * @throws BadRequestError when the header is not 1 to 150 printable ASCII characters.
 */
export function tenantOf(request: HttpRequest, passThrough: boolean): string | undefined {
  const tenant = request.headers[TENANT_HEADER];
  if (!passThrough || tenant === undefined) return undefined;
  if (!TENANT_ID.test(tenant)) {
    throw new BadRequestError('X-Scope-OrgID must be 1 to 150 printable ASCII characters without spaces');
  }
  return tenant;
}
