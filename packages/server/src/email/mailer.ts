import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensurePrivateDir } from '../security/private-dir.js';
import type nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { newId } from '../security/crypto.js';

/**
 * A nodemailer transport created on the first mail: loading nodemailer costs about 0.1 s, a tenth of the
 * service's start-up, and many starts send no mail at all.
 */
class LazyTransport {
  private transport?: Promise<Transporter>;

  constructor(private readonly create: (mailer: typeof nodemailer) => Transporter) {}

  async sendMail(mail: SendMailOptions): Promise<unknown> {
    this.transport ??= import('nodemailer').then(({ default: mailer }) => this.create(mailer));
    return (await this.transport).sendMail(mail);
  }

  close(): void {
    void this.transport?.then((transport) => transport.close());
  }
}

export interface MailMessage {
  /** An address, or a name and address (the name is encoded safely, whatever it holds). */
  to: string | { name: string; address: string };
  subject: string;
  text: string;
  html?: string;
  /** An iCalendar invitation attached as text/calendar (with its METHOD). */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** Shown as the sender's name instead of MAIL_FROM's (the community's name); the address stays. */
  fromName?: string;
  /** A stable Message-ID (e.g. from the job), so a resend after a crash is recognisably the same mail. */
  messageId?: string;
  headers?: Record<string, string>;
}

/** The `from` of a message: MAIL_FROM, with the message's display name when it has one. */
function fromOf(configured: string, message: MailMessage): string | { name: string; address: string } {
  if (!message.fromName) return configured;
  const address = configured.match(/<([^>]+)>\s*$/)?.[1] ?? configured.trim();
  return { name: message.fromName, address };
}

function envelopeOf(configured: string, message: MailMessage) {
  const { fromName: _fromName, ...rest } = message;
  return { ...rest, from: fromOf(configured, message) };
}

/** The mail port: SMTP in production, `.eml` files in the outbox otherwise. */
export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Sends through an SMTP server (`SMTP_URL`, e.g. `smtp://user:pass@mail.example:587`). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: LazyTransport;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = new LazyTransport((mailer) => mailer.createTransport(url));
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail(envelopeOf(this.from, message));
  }

  close(): void {
    this.transport.close();
  }
}

/** Writes each message as an RFC 822 `.eml` file to `<dataDir>/outbox/`, newest last by name. */
export class OutboxMailer implements Mailer {
  readonly kind = 'outbox' as const;
  private readonly transport: LazyTransport;

  constructor(
    readonly outboxDir: string,
    private readonly from: string,
  ) {
    this.transport = new LazyTransport((mailer) => mailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }));
  }

  async send(message: MailMessage): Promise<void> {
    const info = (await this.transport.sendMail(envelopeOf(this.from, message))) as { message: Buffer };
    await ensurePrivateDir(this.outboxDir);
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`;
    // Sign-in codes and magic links: the owner's to read, nobody else's.
    await writeFile(path.join(this.outboxDir, name), info.message, { mode: 0o600 });
  }

  close(): void {
    this.transport.close();
  }
}

export function createMailer(options: { smtpUrl?: string; dataDir: string; from: string }): Mailer {
  return options.smtpUrl
    ? new SmtpMailer(options.smtpUrl, options.from)
    : new OutboxMailer(path.join(options.dataDir, 'outbox'), options.from);
}
