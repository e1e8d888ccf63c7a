import { describe, expect, it } from 'vitest';
import { calendarProblems, deadlineAfter, localDate, startOfLocalDay } from '../../server/distribution/calendar.js';

const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25', '2027-01-01'] };

describe('working-day deadlines', () => {
  it('5 working days across a weekend and two holidays, in the organisation’s time zone', () => {
    // Thursday 24 December 2026, 15:00 in Kyiv. Fri 25 holiday, weekend, Mon 28 … Thu 31 (4), Fri 1 Jan holiday, weekend, Mon 4 Jan (5).
    const deadline = deadlineAfter(new Date('2026-12-24T13:00:00Z'), 5, calendar, 'Europe/Kyiv');
    expect(deadline.toISOString()).toBe('2027-01-04T22:00:00.000Z'); // the end of Monday 4 January in Kyiv (UTC+2)
    // 00:30 on Friday 25 December in Kyiv is still 24 December in UTC: the local day counts.
    expect(localDate(new Date('2026-12-24T22:30:00Z'), 'Europe/Kyiv')).toBe('2026-12-25');
    expect(deadlineAfter(new Date('2026-12-24T22:30:00Z'), 5, calendar, 'Europe/Kyiv').toISOString()).toBe(
      '2027-01-04T22:00:00.000Z',
    );
    // 00:30 on Thursday 24 December in Kyiv is Wednesday 23 in UTC: one working day more before the holidays.
    expect(deadlineAfter(new Date('2026-12-23T22:30:00Z'), 5, calendar, 'UTC').toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    ); // Thu 24, Mon 28 … Thu 31
    expect(deadlineAfter(new Date('2026-12-23T22:30:00Z'), 5, calendar, 'Europe/Kyiv').toISOString()).toBe(
      '2027-01-04T22:00:00.000Z',
    );
  });

  it('0 working days is the same day; weekends follow the working week given', () => {
    expect(deadlineAfter(new Date('2026-12-26T10:00:00Z'), 0, calendar, 'Asia/Shanghai').toISOString()).toBe(
      '2026-12-26T16:00:00.000Z',
    );
    // A Sunday-to-Thursday week: Friday and Saturday are the weekend.
    expect(
      deadlineAfter(
        new Date('2026-12-03T10:00:00Z'),
        1,
        { workingDays: [7, 1, 2, 3, 4], holidays: [] },
        'UTC',
      ).toISOString(),
    ).toBe('2026-12-07T00:00:00.000Z');
  });

  it('handles daylight-saving changes', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Kyiv').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Kyiv').toISOString()).toBe('2026-03-29T21:00:00.000Z');
  });

  it('names every bad date in a calendar', () => {
    expect(calendarProblems({ workingDays: [1, 8], holidays: ['2026-02-30', '31/12/2026', '2026-12-25'] })).toEqual([
      'Working day 8 is not a weekday number (1 Monday … 7 Sunday).',
      'Holiday "2026-02-30" is not a date (YYYY-MM-DD, e.g. 2026-12-25).',
      'Holiday "31/12/2026" is not a date (YYYY-MM-DD, e.g. 2026-12-25).',
    ]);
  });
});
