import type { Config } from '../config.js';
import { badInput } from '../graphql/errors.js';
import { smtpTransport } from '../mail.js';

/** An account e-mail (invitation): sent at once through the configured SMTP server, not queued. */
export interface AccountEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one account e-mail; any failure is BAD_USER_INPUT with the mail server's reason, so nothing is saved. */
export async function sendAccountEmail(config: Config, mail: AccountEmail): Promise<void> {
  if (!config.SMTP_HOST)
    throw badInput(
      'E-mail is not configured on this server (SMTP_HOST), so no invitation can be sent; create the user with a password instead.',
    );
  try {
    await smtpTransport(config).sendMail({
      from: config.SMTP_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  } catch (error) {
    const e = error as { message: string; responseCode?: number };
    throw badInput(
      `The mail server did not accept the invitation to ${mail.to} (${e.responseCode ?? 'no answer'}: ${e.message}); nothing was saved, try again.`,
      { field: 'email' },
    );
  }
}
