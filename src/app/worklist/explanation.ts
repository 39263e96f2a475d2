/** An explanation on the worklist: the catalogue code and its parameters, worded at the edge. */
export interface Explanation {
  code: string;
  params: Record<string, string | number | boolean | string[]>;
}
