import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { ContactKind } from './contact.entity.js';

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A contact as stored: e-mail addresses lower-cased, phone numbers in E.164. Null when not valid. */
export function normaliseContact(
  kind: ContactKind,
  value: string,
  defaultCountry?: string,
): { value: string } | { problem: string } {
  const v = value.trim();
  if (kind === ContactKind.EMAIL) {
    if (v.length > 254 || !EMAIL.test(v)) return { problem: `"${v}" is not an e-mail address.` };
    return { value: v.toLowerCase() };
  }
  const phone = parsePhoneNumberFromString(v, defaultCountry as CountryCode | undefined);
  if (!phone || !phone.isValid()) {
    return {
      problem: `"${v}" is not a phone number${defaultCountry ? '' : ' in international format (start with + and the country code)'}.`,
    };
  }
  return { value: phone.number };
}
