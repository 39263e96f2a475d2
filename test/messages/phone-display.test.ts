import { describe, expect, it } from 'vitest';
import { phoneDisplay, phoneTyped } from '../../src/messages/phone-display.js';
import { renderMessage } from '../../src/messages/render-message.js';

describe('phoneDisplay: a number as a person reads and dials it', () => {
  it('groups an E.164 number the international way', () => {
    expect(phoneDisplay('+8613509820217')).toBe('+86 135 0982 0217');
    expect(phoneDisplay('+12125550134')).toBe('+1 212 555 0134');
    expect(phoneDisplay('+861012345678')).toBe('+86 10 1234 5678');
    expect(phoneDisplay('+442079460000')).toBe('+44 20 7946 0000');
  });

  it('shows what is not an E.164 number as it is', () => {
    for (const value of [
      'ADR-US-070',
      'li.wei@example.cn',
      '5235 Westheimer Rd, Houston',
      '13509820217',
      '+86 135 0982 0217',
      '+8612',
      '+86135098202171234',
      '',
    ])
      expect(phoneDisplay(value), value).toBe(value);
  });
});

describe('phoneTyped: a number as a person types it, in E.164', () => {
  it('reads spaces, dashes and brackets, and a national number in the region', () => {
    expect(phoneTyped('+86 135 0982 0217')).toBe('+8613509820217');
    expect(phoneTyped(' +86 135-0982-0217 ')).toBe('+8613509820217');
    expect(phoneTyped('135 0982 0217', 'CN')).toBe('+8613509820217');
    expect(phoneTyped('(212) 555-0134', 'us')).toBe('+12125550134');
  });

  it('has no number for text that is not one', () => {
    expect(phoneTyped('张伟')).toBeUndefined();
    expect(phoneTyped('135 0982 0217')).toBeUndefined();
    expect(phoneTyped('+86 12')).toBeUndefined();
  });
});

describe('a message naming a contact', () => {
  it('names a number in its groups and an address as written, in both languages', () => {
    expect(renderMessage('en', 'worklist_callable_now', { contact: '+8613509820217' })).toBe(
      'Contactable now: +86 135 0982 0217.',
    );
    expect(renderMessage('zh-CN', 'worklist_callable_now', { contact: '+12125550134' })).toBe(
      '现在可联系：+1 212 555 0134。',
    );
    expect(renderMessage('en', 'worklist_callable_now', { contact: '5235 Westheimer Rd' })).toBe(
      'Contactable now: 5235 Westheimer Rd.',
    );
  });
});
