import { Person } from '../../../src/domain/model/index.js';
import { CYPHER_BUNDLE } from '../../../src/store/neo4j/cypher-bundle.js';
import type {
  CypherParams,
  CypherRecord,
  CypherRunner,
  CypherTx,
} from '../../../src/store/neo4j/cypher-runner.js';

/** The query name of a bundled text. */
export const NAME_OF_TEXT = new Map(
  Object.entries(CYPHER_BUNDLE).map(([name, text]) => [text, name]),
);

export interface Call {
  tx: number;
  mode: 'read' | 'write';
  name: string;
  params: CypherParams;
}

/**
 * A CypherRunner that records every statement (by query name, with its transaction number) and
 * answers from a script keyed by query name; unscripted queries return no rows.
 */
export class FakeRunner implements CypherRunner {
  readonly calls: Call[] = [];
  private txCount = 0;
  constructor(
    private readonly answers: Record<string, (params: CypherParams) => CypherRecord[]> = {},
  ) {}

  private async work<T>(mode: 'read' | 'write', fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    const tx = ++this.txCount;
    return fn({
      run: async (query, params) => {
        const name = NAME_OF_TEXT.get(query);
        if (name === undefined)
          throw new Error(`statement not from the bundle: ${query.slice(0, 40)}`);
        this.calls.push({ tx, mode, name, params });
        return this.answers[name]?.(params) ?? [];
      },
    });
  }
  executeRead<T>(fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.work('read', fn);
  }
  executeWrite<T>(fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.work('write', fn);
  }
  async close(): Promise<void> {}
}

export const person = (i: number): Person => Person.parse({ id: `P${i}`, name: `Person ${i}` });
