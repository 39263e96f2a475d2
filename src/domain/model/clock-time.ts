import { patternString } from './issue-message.js';

/** Local clock time "HH:MM" (24:00 allowed as an end), in policies' windows and consumers' requests alike. */
export const ClockTime = patternString(
  /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
  'issue_clock_time',
  'a time like "08:00"',
);
