import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import { badInput } from '../graphql/errors.js';

/** An account e-mail (invitation): sent at once through the configured SMTP server, not queued. */
export interface AccountEmail {
  to: string;
  subject: string;
  text: string;
}

const transports = new WeakMap<Config, Transporter>();

function transport(config: Config): Transporter {
  let t = transports.get(config);
  if (!t) {
    t = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
    });
    transports.set(config, t);
  }
  return t;
}

/** Sends one account e-mail; any failure is BAD_USER_INPUT with the mail server's reason, so nothing is saved. */
export async function sendAccountEmail(config: Config, mail: AccountEmail): Promise<void> {
  if (!config.SMTP_HOST)
    throw badInput(
      'E-mail is not configured on this server (SMTP_HOST), so no invitation can be sent; create the user with a password instead.',
    );
  try {
    await transport(config).sendMail({ from: config.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (error) {
    const e = error as { message: string; responseCode?: number };
    throw badInput(
      `The mail server did not accept the invitation to ${mail.to} (${e.responseCode ?? 'no answer'}: ${e.message}); nothing was saved, try again.`,
      { field: 'email' },
    );
  }
}
