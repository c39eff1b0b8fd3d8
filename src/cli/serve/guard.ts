// CLI (serve): who may talk to the server — the Host and Origin it answers (no DNS rebinding), the
// CSRF token every form carries, the size of a request, and a password off this machine.

import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface GuardOptions {
  host: string;
  port: number;
  /** `USER:PASSWORD` for HTTP Basic; required when the host is not a loopback address. */
  auth?: string;
}

export const MAX_BODY_BYTES = 1024 * 1024;

export const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export class Guard {
  /** One token per server start, in every form: a page of another site cannot know it. */
  readonly csrf = randomBytes(24).toString('base64url');
  private readonly hosts: Set<string>;

  constructor(readonly options: GuardOptions) {
    const names = LOOPBACK.has(options.host) ? ['127.0.0.1', 'localhost', '[::1]'] : [options.host.includes(':') ? `[${options.host}]` : options.host];
    this.hosts = new Set(names.map((name) => `${name}:${options.port}`.toLowerCase()));
  }

  /** The Host header names this server (a rebound DNS name does not). */
  isOwnHost(host: string | undefined): boolean {
    return host !== undefined && this.hosts.has(host.toLowerCase());
  }

  /** An Origin (or Referer) header, when sent, is this server's own. */
  isOwnOrigin(origin: string | undefined): boolean {
    if (origin === undefined || origin === '') return true;
    try {
      return this.hosts.has(new URL(origin).host.toLowerCase());
    } catch {
      return false;
    }
  }

  isCsrfToken(token: unknown): boolean {
    if (typeof token !== 'string') return false;
    const given = Buffer.from(token);
    const expected = Buffer.from(this.csrf);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
