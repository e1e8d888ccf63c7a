import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';

const transports = new WeakMap<Config, Transporter>();

/** Sends one e-mail through the configured SMTP server; false when e-mail is not configured. */
export async function sendMail(config: Config, to: string, subject: string, text: string): Promise<boolean> {
  if (!config.SMTP_HOST) return false;
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
  await t.sendMail({ from: config.SMTP_FROM, to, subject, text });
  return true;
}
