import type { Config } from '../../config.js';
import { DeliveryError } from './email.js';
import { smsLength, type SmsLength } from './gsm.js';

export interface OutgoingSms {
  to: string;
  text: string;
  /** The idempotency key, handed to the gateway as the message reference. */
  key: string;
  callbackUrl: string;
}

/** The default body: JSON; every {{name}} is replaced by the JSON-encoded value. */
export const DEFAULT_SMS_BODY =
  '{"from":{{from}},"to":{{to}},"text":{{text}},"reference":{{reference}},"callbackUrl":{{callbackUrl}},"encoding":{{encoding}},"segments":{{segments}}}';

/**
 * Sends one SMS through the configured HTTP gateway. 2xx with a JSON body is accepted; 5xx, 429,
 * a timeout or an answer that is not JSON is tried again; any other 4xx is final (the request
 * itself is wrong). Messages longer than SMS_MAX_SEGMENTS are refused before sending.
 */
export async function sendSms(
  config: Config,
  sms: OutgoingSms,
): Promise<{ gatewayId: string | null; length: SmsLength }> {
  if (!config.SMS_GATEWAY_URL)
    throw new DeliveryError('SMS is not configured: set SMS_GATEWAY_URL (and SMS_GATEWAY_AUTH).', true);
  const length = smsLength(sms.text);
  if (length.segments > config.SMS_MAX_SEGMENTS) {
    throw new DeliveryError(
      `The message needs ${length.segments} SMS parts (${length.encoding}, ${length.units} characters); at most ${config.SMS_MAX_SEGMENTS} are allowed: shorten the template.`,
      true,
    );
  }
  const values: Record<string, string | number> = {
    from: config.SMS_SENDER,
    to: sms.to,
    text: sms.text,
    reference: sms.key,
    callbackUrl: sms.callbackUrl,
    encoding: length.encoding,
    segments: length.segments,
  };
  const body = (config.SMS_GATEWAY_BODY_TEMPLATE ?? DEFAULT_SMS_BODY).replace(/\{\{(\w+)\}\}/g, (m, name: string) =>
    name in values ? JSON.stringify(values[name]) : m,
  );
  let response: Response;
  try {
    response = await fetch(config.SMS_GATEWAY_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': sms.key,
        ...(config.SMS_GATEWAY_AUTH ? { authorization: config.SMS_GATEWAY_AUTH } : {}),
      },
      body,
      signal: AbortSignal.timeout(config.SMTP_TIMEOUT_MS),
    });
  } catch (error) {
    throw new DeliveryError(`SMS gateway unreachable: ${(error as Error).message}`, false);
  }
  const text = await response.text().catch(() => '');
  if (response.status >= 500 || response.status === 429 || response.status === 408)
    throw new DeliveryError(`SMS gateway answered ${response.status}`, false);
  if (response.status >= 400)
    throw new DeliveryError(`SMS gateway refused the message (${response.status}): ${text.slice(0, 200)}`, true);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DeliveryError(
      `SMS gateway answered ${response.status} with something that is not JSON: ${JSON.stringify(text.slice(0, 80))}`,
      false,
    );
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new DeliveryError('SMS gateway answered with JSON that is not an object', false);
  const p = parsed as Record<string, unknown>;
  const id = p.id ?? p.messageId ?? p.reference;
  return { gatewayId: id === undefined ? null : String(id), length };
}
