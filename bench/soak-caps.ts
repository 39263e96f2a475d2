/** Checks a store after a soak run against the frequency caps of the policy files it ran with. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { parse } from 'yaml';
import { durationMs } from '../src/domain/policy/duration.js';

/** A frequency cap as the policy file states it. */
interface Cap {
  id: string;
  scope: 'account' | 'debtor' | 'contact_point';
  channels: string[];
  max: number;
  windowMs: number;
  jurisdictions: string[];
}

/** What the check found: attempts and caps checked, and every attempt that went over a cap. */
export interface CapCheck {
  attempts: number;
  /** Attempts recorded at or after `since` (the soak's own). */
  recent: number;
  caps: number;
  violations: string[];
}

function capsIn(dir: string): Cap[] {
  const caps: Cap[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as {
      appliesTo: { jurisdictions: string[] };
      rules: Record<string, unknown>[];
    };
    for (const r of doc.rules) {
      if (r.type !== 'frequency_cap') continue;
      // Caps filtered by outcome or number kind depend on what was known at each decision; not re-judged here.
      if (r.outcomes !== undefined || r.numbers !== undefined || r.scope === 'recipient')
        throw new Error(`${file}: ${String(r.id)} is a cap this check cannot re-judge`);
      caps.push({
        id: String(r.id),
        scope: r.scope as Cap['scope'],
        channels: r.channels as string[],
        max: Number(r.max),
        windowMs: durationMs(String(r.window)),
        jurisdictions: doc.appliesTo.jurisdictions,
      });
    }
  }
  return caps;
}

interface Row {
  id: string;
  account: string;
  debtor: string;
  jurisdiction: string;
  channel: string;
  contact: string;
  atMs: number;
}

/**
 * Every outbound attempt against every cap of its jurisdiction: the attempts of its scope on the
 * cap's channels in the window ending at it, itself included, must be at most `max`.
 */
export function checkCaps(dbPath: string, policiesDir: string, since: number): CapCheck {
  const caps = capsIn(policiesDir);
  const db = new Database(dbPath, { readonly: true });
  const rows = db
    .prepare(
      `SELECT t.id, t.account_id AS account, a.debtor_id AS debtor, a.jurisdiction, t.channel,
              t.contact_kind || ':' || t.contact_value AS contact, t.at_ms AS atMs
         FROM attempts t JOIN accounts a ON a.id = t.account_id
        WHERE coalesce(t.direction, 'outbound') <> 'inbound'
        ORDER BY t.at_ms`,
    )
    .all() as Row[];
  db.close();
  const violations: string[] = [];
  for (const cap of caps) {
    const applies = (j: string) => cap.jurisdictions.some((p) => j === p || j.startsWith(`${p}-`));
    const groups = new Map<string, number[]>();
    for (const r of rows) {
      if (!cap.channels.includes(r.channel) || !applies(r.jurisdiction)) continue;
      const scopeKey =
        cap.scope === 'account' ? r.account : cap.scope === 'debtor' ? r.debtor : r.contact;
      const times = groups.get(scopeKey) ?? [];
      times.push(r.atMs);
      groups.set(scopeKey, times);
    }
    for (const [scopeKey, times] of groups) {
      let from = 0;
      for (let i = 0; i < times.length; i++) {
        while ((times[i] as number) - (times[from] as number) >= cap.windowMs) from++;
        if (i - from + 1 > cap.max) {
          violations.push(
            `${cap.id}: ${i - from + 1} in the window at ${scopeKey} (cap ${cap.max})`,
          );
          break;
        }
      }
    }
  }
  const recent = rows.filter((r) => r.atMs >= since).length;
  return { attempts: rows.length, recent, caps: caps.length, violations };
}
