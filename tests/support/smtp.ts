import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpListener {
  port: number;
  received: ParsedMail[];
  /** Addresses whose messages are refused for good (550 at RCPT TO): a bounce. */
  bounce: Set<string>;
  /** Addresses refused for now (451 at RCPT TO): tried again. */
  refuse: Set<string>;
  /** Addresses whose data is never acknowledged: the client times out. */
  hang: Set<string>;
  /** Every message id offered, including those that timed out. */
  offered: { to: string; messageId: string }[];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (random port) that parses what it receives. */
export async function startSmtp(): Promise<SmtpListener> {
  const listener: Omit<SmtpListener, 'port' | 'close'> = {
    received: [],
    bounce: new Set(),
    refuse: new Set(),
    hang: new Set(),
    offered: [],
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (listener.bounce.has(to))
        return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      if (listener.refuse.has(to))
        return callback(Object.assign(new Error('4.7.1 Try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      simpleParser(stream).then(
        (mail) => {
          listener.offered.push({ to: to[0], messageId: mail.messageId ?? '' });
          if (to.some((a) => listener.hang.has(a))) return; // never answers: the client's socket timeout fires
          listener.received.push(mail);
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    ...listener,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } as SmtpListener;
}

export function linkIn(mail: ParsedMail): string {
  const m = /https?:\/\/\S+\/r\/(\S+)/.exec(mail.text ?? '');
  if (!m) throw new Error(`no survey link in: ${mail.text}`);
  return decodeURIComponent(m[1]);
}

export function optOutIn(mail: ParsedMail): string {
  const m = /(https?:\/\/\S+\/api\/opt-out\/\S+)/.exec(mail.text ?? '');
  if (!m) throw new Error('no opt-out link');
  return m[1];
}
