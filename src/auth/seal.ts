// What a viewer is handed in place of what it may not read, and what it hands back: opaque stand-ins for
// hidden nodes and cases, and sealed page cursors. Both are keyed with the server's secret and the
// viewer's agency, so they cannot be reversed or forged, and two agencies cannot match theirs up.
import crypto from 'node:crypto';
import { opaqueId } from '../model/ids';

export class Sealer {
  constructor(
    private readonly secret: string,
    private readonly agency: string | null,
  ) {}

  /** A stable id that says nothing: an HMAC (RFC 2104) of the id, keyed with the secret, for this agency only. */
  opaque(id: string): string {
    return opaqueId(this.secret, this.agency, id);
  }

  /** Seals a value for a client to hand back (a page cursor): AES-256-GCM, so it shows nothing and cannot be forged. */
  seal(value: unknown): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key(), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The sealed value, or null if the token was not sealed by this service for this agency. */
  unseal(token: string): unknown {
    try {
      const raw = Buffer.from(token, 'base64url');
      const decipher = crypto.createDecipheriv('aes-256-gcm', this.key(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
    } catch {
      return null;
    }
  }

  private key(): Buffer {
    return crypto
      .createHash('sha256')
      .update(`cursor\n${this.agency ?? ''}\n${this.secret}`)
      .digest();
  }
}
