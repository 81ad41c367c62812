import { createHash } from 'node:crypto';

/** The SHA-256 of a capture's bytes in lower-case hex, as a ledger pins it. */
export function captureHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
