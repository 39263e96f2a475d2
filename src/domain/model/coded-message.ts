/**
 * Something to tell a reader, as a stable catalogue code and the arguments its words are made of,
 * worded in each reader's language at the edge (src/messages). Reasons, validation issues,
 * verdicts and argument mistakes are all this shape, each with its own arguments.
 */
export interface CodedMessage<P> {
  readonly code: string;
  readonly params: P;
}

/** A coded message that also carries its English words, for logs, CI and callers without a catalogue. */
export interface WordedMessage<P> extends CodedMessage<P> {
  readonly message: string;
}
