import type { Config } from '../../config.js';
import { smtpTransport } from '../../mail.js';

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly bounced = false,
  ) {
    super(message);
  }
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** The idempotency key: becomes the Message-ID, the same on every retry of this message. */
  key: string;
  /** Invitations carry their opt-out link; other mail (case messages) has none. */
  optOutUrl?: string;
}

export const messageIdOf = (key: string) => `<${key}@barometer.invalid>`;

/**
 * Sends one e-mail. A recipient the server refuses for good (5xx to RCPT TO) is a bounce; any other
 * failure (refused connection, timeout, 4xx) is worth another try.
 */
export async function sendEmail(config: Config, mail: OutgoingEmail): Promise<string> {
  if (!config.SMTP_HOST)
    throw new DeliveryError(
      'E-mail is not configured: set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM).',
      true,
    );
  try {
    const info = await smtpTransport(config).sendMail({
      from: config.SMTP_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: messageIdOf(mail.key),
      headers: {
        'X-Barometer-Idempotency-Key': mail.key,
        ...(mail.optOutUrl
          ? { 'List-Unsubscribe': `<${mail.optOutUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
          : {}),
      },
    });
    return String(info.response ?? 'accepted');
  } catch (error) {
    const e = error as { responseCode?: number; command?: string; message: string; code?: string };
    if (e.responseCode && e.responseCode >= 500 && e.command === 'RCPT TO')
      throw new DeliveryError(`refused by the mail server: ${e.message}`, true, true);
    throw new DeliveryError(`${e.code ?? 'SMTP'}: ${e.message}`, false);
  }
}
