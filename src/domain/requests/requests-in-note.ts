import type { Channel } from '../model/channel.js';
import type { ConsumerRequest } from '../model/consumer-request.js';

/**
 * A limit the consumer stated, as read from a collector's note, before it is bound to a person, a
 * contact point and a date. `onThisContact`: the limit names the number or address just used
 * ("don't call this number", "别打这个号码").
 */
export interface NoteRequest {
  kind: ConsumerRequest['kind'];
  channel?: Channel;
  onThisContact?: boolean;
  days?: NonNullable<ConsumerRequest['days']>;
  from?: string;
  to?: string;
  place?: 'workplace';
  /** The clause of the note the request was read from (shown back to the collector). */
  clause: string;
}

type Days = NonNullable<ConsumerRequest['days']>;

/** Clauses end at sentence punctuation, commas (both scripts) and line breaks. */
const CLAUSE_END = /[.;!?。；！？，、,\n]+/;

// A negation or a request to stop, in front of a contact verb (1006.14(h): "stop calling" bars the medium).
const EN_NOT = String.raw`(?:don'?t|do not|does not|doesn'?t|never|stop|quit|no more|not to|no)`;
const ZH_NOT = '(?:不要|别|不准|不许|不能|勿|不希望|不想|拒绝|不方便|不用)';

const EN_CALL = String.raw`(?:call|calls|calling|phone|phoning|ring|ringing|contact|contacting)`;
const EN_SMS = String.raw`(?:text|texts|texting|sms|messages?|messaging)`;
const EN_EMAIL = String.raw`(?:e-?mails?|e-?mailing)`;
const ZH_CALL = '(?:打|打电话|来电|致电|联系|打过来|打给|拨打)';
const ZH_SMS = '(?:发短信|短信|发消息|发信息)';
const ZH_EMAIL = '(?:发邮件|邮件|电邮)';

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (h: number, m = 0): string => `${pad(h)}:${pad(m)}`;

/** "8pm", "8:30 pm", "20:00", "9" → minutes past midnight on the 24-hour clock, or undefined. */
function enHour(hour: string, minute: string | undefined, meridiem: string | undefined): number {
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const mer = meridiem?.replace(/\./g, '').toLowerCase();
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  return h * 60 + m;
}

/** "晚上8点", "下午三点半", "9点" → minutes past midnight (下午/晚上 add 12 hours below noon). */
function zhHour(part: string | undefined, hour: string, half: string | undefined): number {
  let h = /^\d+$/.test(hour) ? Number(hour) : (ZH_DIGITS[hour] ?? Number.NaN);
  if (part !== undefined && /下午|晚上|傍晚|夜里|夜间/.test(part) && h < 12) h += 12;
  return h * 60 + (half ? 30 : 0);
}

const asClock = (minutes: number): string =>
  minutes >= 24 * 60 ? '24:00' : clock(Math.floor(minutes / 60), minutes % 60);

function range(from: number, to: number): { from: string; to: string } | undefined {
  if (!(from >= 0 && to <= 24 * 60 && from < to)) return undefined;
  return { from: asClock(from), to: asClock(to) };
}

function daysIn(clause: string): Days | undefined {
  if (/weekends?|周末|星期六和星期天|周六日/.test(clause)) return ['sat', 'sun'];
  if (/sundays?|周日|星期天|星期日|礼拜天/.test(clause)) return ['sun'];
  if (/saturdays?|周六|星期六|礼拜六/.test(clause)) return ['sat'];
  if (/weekdays?|工作日/.test(clause)) return ['mon', 'tue', 'wed', 'thu', 'fri'];
  return undefined;
}

const EN_TIME = String.raw`(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?`;
const ZH_TIME =
  '(早上|上午|中午|下午|晚上|傍晚|夜里|夜间)?(\\d{1,2}|十[一二]?|[一二两三四五六七八九])点(半)?';

/** An inconvenient time in one clause, in either language, or undefined. */
function timeIn(clause: string): { from: string; to: string } | undefined {
  const en = clause.toLowerCase();
  let m = new RegExp(String.raw`between\s+${EN_TIME}\s+(?:and|-|to)\s+${EN_TIME}`).exec(en);
  if (m && new RegExp(EN_NOT).test(en))
    return range(enHour(m[1]!, m[2], m[3] ?? m[6]), enHour(m[4]!, m[5], m[6]));
  m = new RegExp(String.raw`\bonly\s+(before|after)\s+${EN_TIME}`).exec(en);
  if (m) {
    const at = enHour(m[2]!, m[3], m[4]);
    return m[1] === 'after' ? range(0, at) : range(at, 24 * 60);
  }
  m = new RegExp(
    String.raw`${EN_NOT}\b[^,]{0,30}?\b${EN_CALL}\b[^,]{0,30}?\b(before|after|past)\s+${EN_TIME}`,
  ).exec(en);
  if (m) {
    const at = enHour(m[2]!, m[3], m[4]);
    return m[1] === 'before' ? range(0, at) : range(at, 24 * 60);
  }
  if (new RegExp(String.raw`${EN_NOT}\b[^,]{0,30}?\b${EN_CALL}\b[^,]{0,20}?\bat night\b`).test(en))
    return range(20 * 60, 24 * 60);
  if (
    new RegExp(String.raw`${EN_NOT}\b[^,]{0,30}?\b${EN_CALL}\b[^,]{0,20}?\bin the morning\b`).test(
      en,
    )
  )
    return range(0, 12 * 60);
  let z = new RegExp(`${ZH_TIME}(?:到|至|-|~)${ZH_TIME}(?:之间|期间)?[^，。]{0,6}?${ZH_NOT}`).exec(
    clause,
  );
  z ??= new RegExp(`${ZH_NOT}[^，。]{0,4}?在?${ZH_TIME}(?:到|至|-|~)${ZH_TIME}`).exec(clause);
  if (z) {
    const from = zhHour(z[1], z[2]!, z[3]);
    return range(from, zhHour(z[4] ?? z[1], z[5]!, z[6]));
  }
  z = new RegExp(`${ZH_TIME}(以前|之前|前|以后|之后|后|过后)[^，。]{0,6}?${ZH_NOT}`).exec(clause);
  z ??= new RegExp(`${ZH_NOT}[^，。]{0,4}?在?${ZH_TIME}(以前|之前|前|以后|之后|后|过后)`).exec(
    clause,
  );
  if (z) {
    const at = zhHour(z[1], z[2]!, z[3]);
    return /前/.test(z[4]!) ? range(0, at) : range(at, 24 * 60);
  }
  z = new RegExp(`${ZH_TIME}(以后|之后|后|过后)(?:才|再)(?:方便|可以|能)`).exec(clause);
  if (z) return range(0, zhHour(z[1], z[2]!, z[3]));
  if (
    new RegExp(`(?:晚上|夜里|夜间)${ZH_NOT}|${ZH_NOT}[^，。]{0,3}?(?:晚上|夜里|夜间)`).test(clause)
  )
    return range(20 * 60, 24 * 60);
  if (
    new RegExp(`(?:上班时间|工作时间)${ZH_NOT}|${ZH_NOT}[^，。]{0,3}?(?:上班时间|工作时间)`).test(
      clause,
    )
  )
    return range(9 * 60, 18 * 60);
  return undefined;
}

/** True when the clause asks for no contact at work (1006.6(b)(3)). */
function workplaceIn(clause: string): boolean {
  const en = clause.toLowerCase();
  if (
    new RegExp(
      String.raw`${EN_NOT}\b[^,]{0,30}?\b(?:${EN_CALL}|${EN_SMS}|visit|come)\w*\b[^,]{0,25}?\b(?:at|to|into)\s+(?:my |his |her |their |the )?(?:work|office|job|workplace|employer)\b`,
    ).test(en)
  )
    return true;
  if (/\bno (?:calls|contact) at (?:my |his |her |the )?(?:work|office|job)\b/.test(en))
    return true;
  const zhWork = '(?:单位|公司|上班的地方|工作的地方|办公室)';
  return new RegExp(
    `${ZH_NOT}[^，。]{0,6}?${zhWork}|${zhWork}[^，。]{0,4}?${ZH_NOT}[^，。]{0,2}?(?:${ZH_CALL}|找|去|来)`,
  ).test(clause);
}

/** True when the clause bars visits to the address ("don't come to my house", "别上门"). */
function homeVisitIn(clause: string): boolean {
  const en = clause.toLowerCase();
  return (
    new RegExp(
      String.raw`${EN_NOT}\b[^,]{0,20}?\b(?:come|visit|show up)\w*\b[^,]{0,20}?\b(?:my |the )?(?:home|house|door|place)\b`,
    ).test(en) ||
    new RegExp(`${ZH_NOT}[^，。]{0,4}?(?:上门|来家里|到家里|来我家|到我家)`).test(clause)
  );
}

/** The channel whose use the clause bars, and whether only the contact point just used. */
function optOutIn(clause: string): { channel: Channel; onThisContact: boolean } | undefined {
  const en = clause.toLowerCase();
  const thisPoint =
    /\bthis (?:number|phone|line|email|address)\b|这个(?:号码|号|电话|手机|邮箱)/.test(
      clause.toLowerCase(),
    );
  const en1 = (verbs: string) =>
    new RegExp(
      String.raw`\b${EN_NOT}\s+(?:\w+\s+){0,2}?${verbs}\b(?!\s+(?:at|before|after|between|on)\b)`,
    ).test(en);
  const zh1 = (verbs: string) => new RegExp(`${ZH_NOT}再?(?:给我|给他|给她)?${verbs}`).test(clause);
  if (en1(EN_SMS) || zh1(ZH_SMS)) return { channel: 'sms', onThisContact: thisPoint };
  if (en1(EN_EMAIL) || zh1(ZH_EMAIL)) return { channel: 'email', onThisContact: thisPoint };
  if (en1(EN_CALL) || zh1(ZH_CALL) || /再打(?:过来)?就(?:投诉|报警)/.test(clause))
    return { channel: 'call', onThisContact: thisPoint };
  return undefined;
}

/** What a consent-to-call sentence looks like: it is not a limit ("can call after 6", "可以打"). */
function permissive(clause: string): boolean {
  return /\b(?:ok|okay|fine|happy)\s+to\s+(?:call|text|email)|\bcan call\b|可以打|随时打|随时联系/.test(
    clause.toLowerCase(),
  );
}

/**
 * The limits a consumer stated, as a collector wrote them in an outcome's note (en and zh-CN):
 * a time (12 CFR 1006.6(b)(1)), the workplace or the home (1006.6(b)(3)), a channel or this number
 * (1006.14(h)). Read clause by clause; within a clause the most specific reading wins (a place,
 * then a time, then a medium), so "don't call before 9" is a time, not an opt-out. A clause that
 * grants contact ("ok to call at work") yields nothing. Errs on the side of a limit: a misread
 * limit costs a call, a missed one breaks the law.
 * @example requestsInNote('说上班时间别打，晚上8点以后也不要打') // two inconvenient times
 */
export function requestsInNote(note: string): NoteRequest[] {
  const found: NoteRequest[] = [];
  for (const raw of note.split(CLAUSE_END)) {
    const clause = raw.trim();
    if (clause === '' || permissive(clause)) continue;
    const days = daysIn(clause);
    if (workplaceIn(clause)) {
      found.push({ kind: 'inconvenient_place', place: 'workplace', clause });
      continue;
    }
    if (homeVisitIn(clause)) {
      // No visits to the home: the in-person medium barred (1006.14(h)).
      found.push({ kind: 'opt_out', channel: 'visit', onThisContact: false, clause });
      continue;
    }
    const time = timeIn(clause);
    if (time) {
      found.push({ kind: 'inconvenient_time', ...time, ...(days ? { days } : {}), clause });
      continue;
    }
    const optOut = optOutIn(clause);
    if (
      days &&
      new RegExp(String.raw`${EN_NOT}\s+(?:\w+\s+){0,2}?${EN_CALL}\b|${ZH_NOT}`).test(
        clause.toLowerCase(),
      )
    ) {
      found.push({ kind: 'inconvenient_time', from: '00:00', to: '24:00', days, clause });
      continue;
    }
    if (optOut) found.push({ kind: 'opt_out', ...optOut, clause });
  }
  return found;
}
