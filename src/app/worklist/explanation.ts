import type { CodedMessage } from '../../domain/model/coded-message.js';

/** An explanation on the worklist: the catalogue code and its parameters, worded at the edge. */
export type Explanation = CodedMessage<Record<string, string | number | boolean | string[]>>;
