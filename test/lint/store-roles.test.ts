import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The store port is split into roles a reader can hold in their head (README, "Development"):
// each role interface stays under 12 methods. GraphStore and StoreTx only compose them.
const MAX_METHODS = 11;
const root = join(import.meta.dirname, '..', '..');
const ROLE_DIR = join(root, 'src', 'store', 'roles');
const PORT = join(root, 'src', 'store', 'graph-store.ts');

interface InterfaceSize {
  name: string;
  /** Method and property signatures the interface declares itself (not inherited ones). */
  members: number;
  /** Whether any of them is a method: a role has methods, a data shape has none. */
  hasMethods: boolean;
}

/** Every interface declared in `source`, with the members it declares itself. */
function interfaceSizes(fileName: string, source: string): InterfaceSize[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const sizes: InterfaceSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node)) {
      const members = node.members.filter(
        (m) => ts.isMethodSignature(m) || ts.isPropertySignature(m),
      );
      sizes.push({
        name: node.name.text,
        members: members.length,
        hasMethods: members.some(ts.isMethodSignature),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sizes;
}

/** The role interfaces of the port: those with methods in src/store/roles/ and graph-store.ts. */
function roleInterfaces(): (InterfaceSize & { file: string })[] {
  const roleFiles = readdirSync(ROLE_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROLE_DIR, f));
  return [...roleFiles, PORT].flatMap((path) =>
    interfaceSizes(path, readFileSync(path, 'utf8'))
      .filter((s) => s.hasMethods)
      .map((s) => ({ file: relative(root, path), ...s })),
  );
}

describe('the store port', () => {
  it(`each role interface declares at most ${MAX_METHODS} methods`, () => {
    const roles = roleInterfaces();
    // The roles the use cases name are all found (a new or renamed role updates this list).
    expect(roles.map((r) => r.name).sort()).toEqual([
      'AttemptLog',
      'AuditLog',
      'ContactStatus',
      'GraphIngest',
      'GraphLookups',
      'GraphReads',
      'GuardReads',
      'Outbox',
      'PromiseBook',
      'Receipts',
      'Retention',
      'SharingReads',
      'StoreLifecycle',
      'Transactions',
      'WorklistIndex',
    ]);
    expect(roles.filter((r) => r.members > MAX_METHODS)).toEqual([]);
  });

  it('counts what an interface declares itself, not what it inherits', () => {
    const methods = Array.from({ length: 12 }, (_, i) => `  m${i}(): Promise<void>;`).join('\n');
    const source = `interface Big {\n${methods}\n  readonly name: string;\n}\ninterface Shape { id: string }\ninterface Composed extends Big {}\n`;
    expect(interfaceSizes('sample.ts', source)).toEqual([
      { name: 'Big', members: 13, hasMethods: true },
      { name: 'Shape', members: 1, hasMethods: false },
      { name: 'Composed', members: 0, hasMethods: false },
    ]);
  });
});
