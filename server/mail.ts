import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from './config.js';

const transports = new WeakMap<Config, Transporter>();

/**
 * The SMTP transport of a configuration, made once and shared by every sender (invitations, case
 * messages, account e-mails, escalations), so they all use the same server, credentials and timeouts.
 */
export function smtpTransport(config: Config): Transporter {
  let transport = transports.get(config);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
    });
    transports.set(config, transport);
  }
  return transport;
}
