import { stringify } from 'yaml';
import type { GuardContext, GuardRequest } from '../../src/domain/guard/guard-context.js';
import { Account, type Attempt, Person } from '../../src/domain/model/index.js';
import { type CompiledPolicy, compilePolicy } from '../../src/domain/policy/compile-policy.js';
import { parsePolicy } from '../../src/domain/policy/parse-policy.js';
import type { Rule } from '../../src/domain/policy/policy-schema.js';

/** A debtor on a US-CA account, reached on their own 415 number, at noon Pacific on a Tuesday. */
export function scenario(
  overrides: { jurisdiction?: string; debtorFlags?: Partial<Person['flags']>; e164?: string } = {},
): {
  request: GuardRequest;
  context: GuardContext;
} {
  const debtor = Person.parse({ id: 'D1', name: 'Debtor', flags: overrides.debtorFlags ?? {} });
  const account = Account.parse({
    id: 'A1',
    debtorId: 'D1',
    product: 'card',
    currency: 'USD',
    principal: 1000,
    balance: 900,
    dueDate: '2026-01-01',
    jurisdiction: overrides.jurisdiction ?? 'US-CA',
  });
  const e164 = overrides.e164 ?? '+14155550100';
  const contact = { kind: 'phone' as const, value: e164 };
  return {
    request: { accountId: 'A1', channel: 'call', contact },
    context: {
      account,
      debtor,
      debtorAccountIds: ['A1'],
      recipient: { person: debtor, relations: ['self'] },
      contact: {
        point: contact,
        phone: { e164, country: e164.startsWith('+86') ? 'CN' : 'US' },
        workplace: false,
      },
      history: [],
    },
  };
}

/** `n` attempts on account A1 to the scenario's number, one per `stepMs` back from `lastAt`. */
export function attempts(
  n: number,
  lastAt: string,
  extra: Partial<Attempt> = {},
  stepMs = 3_600_000,
): Attempt[] {
  const last = Date.parse(lastAt);
  return Array.from({ length: n }, (_, i) => ({
    id: `att-${i}-${extra.outcome ?? 'x'}`,
    accountId: 'A1',
    at: new Date(last - (n - 1 - i) * stepMs).toISOString(),
    channel: 'call' as const,
    contact: { kind: 'phone' as const, value: '+14155550100' },
    personId: 'D1',
    ...extra,
  }));
}

/** Compiles a one-off policy from rules, through the same YAML path as files. */
export function policyOf(
  rules: unknown[],
  options: { id?: string; jurisdictions?: string[]; consumerRelations?: string[] } = {},
): CompiledPolicy {
  const text = stringify({
    id: options.id ?? 'test-policy',
    name: 'Test policy',
    appliesTo: { jurisdictions: options.jurisdictions ?? ['US'] },
    consumerRelations: options.consumerRelations ?? ['self', 'spouse'],
    rules: rules as Rule[],
  });
  const parsed = parsePolicy('test.yaml', text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return compilePolicy(parsed.loaded);
}
