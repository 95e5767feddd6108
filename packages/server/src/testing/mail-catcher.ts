import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { parseIcs, type ParsedIcs } from './parse-ics.js';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
  parsed: ParsedMail;
  /** The text/calendar part's METHOD parameter (from the MIME header), if any. */
  calendarMethod: string | null;
  /** The calendar part parsed by ical.js, if any. */
  ics: ParsedIcs | null;
  header(name: string): string | undefined;
}

/** A real SMTP server on loopback that keeps every message it accepts (for `SMTP_URL` tests). */
export interface MailCatcher {
  url: string;
  /** Mail received since the last `take()`, in arrival order. */
  take(): CaughtMail[];
  /** The next `count` messages are refused with a temporary SMTP error (451), as a busy server does. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  let inbox: CaughtMail[] = [];
  let refusing = 0;
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    // close() waits this long for clients still connected (nodemailer keeps one after a refusal).
    closeTimeout: 500,
    onData(stream, _session, callback) {
      if (refusing > 0) {
        refusing--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to[0] : parsed.to)?.value[0]?.address ?? '';
          const calendarMethod = raw.match(/Content-Type: text\/calendar;[^\n]*?method=([A-Z]+)/i)?.[1] ?? null;
          const calendar = parsed.attachments.find((a) => a.contentType === 'text/calendar');
          inbox.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || '',
            raw,
            parsed,
            calendarMethod,
            ics: calendar ? parseIcs(calendar.content.toString('utf8')) : null,
            // Straight from the raw header block (mailparser reshapes some, e.g. List-*), unfolded.
            header: (name) => {
              const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
              const escaped = name.replace(/[-]/g, '\\-');
              return head.match(new RegExp(`^${escaped}: *(.*)$`, 'mi'))?.[1]?.trim();
            },
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    take() {
      const taken = inbox;
      inbox = [];
      return taken;
    },
    refuseNext(count) {
      refusing = count;
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
