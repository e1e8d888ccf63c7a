import { describe, expect, it } from 'vitest';
import { invitationInput, isCsv } from '../../web/src/distribution/upload.js';

describe('the invitation form’s reading of a pasted list', () => {
  it('takes a first line naming a contact column as a CSV header', () => {
    expect(isCsv('email,language\na@example.org,uk')).toBe(true);
    expect(isCsv('\n  Phone;Unit\n+380671234567;KYIV')).toBe(true);
    expect(isCsv('"contact","externalRef"\nx@example.org,C-1')).toBe(true);
    expect(isCsv('E-mail\nx@example.org')).toBe(true);
  });

  it('takes anything else as one contact per line', () => {
    expect(isCsv('a@example.org\nb@example.org')).toBe(false);
    expect(isCsv('+380671234567')).toBe(false);
    expect(isCsv('phoneless@example.org')).toBe(false);
  });

  it('keeps line numbers of a list as the user sees them: only trailing blank lines go', () => {
    expect(invitationInput('d1', 'a@example.org\n\nb@example.org\n\n')).toEqual({
      distributionId: 'd1',
      respondents: [{ contact: 'a@example.org' }, { contact: '' }, { contact: 'b@example.org' }],
    });
    expect(invitationInput('d1', 'email\na@example.org\n')).toEqual({
      distributionId: 'd1',
      csv: 'email\na@example.org\n',
    });
  });
});
