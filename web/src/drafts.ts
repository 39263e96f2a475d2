// A language switch draws the page again in the other language; what the reader had typed into
// its forms (a message, an outcome, what a call revealed) is theirs and must come through it.

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A begun form's fields: the form it is in (its id and draft key) and each named field's value. */
export interface Draft {
  form: string;
  values: Record<string, string>;
}

/** The form's key: its id and, where one page can hold several (one per attempt), its draft key. */
function formKey(form: HTMLFormElement): string | undefined {
  if (!form.id) return undefined;
  return form.dataset.draftKey ? `${form.id}\u0000${form.dataset.draftKey}` : form.id;
}

function fieldsOf(form: HTMLFormElement): Field[] {
  return Array.from(form.elements).filter(
    (e): e is Field =>
      (e instanceof HTMLInputElement ||
        e instanceof HTMLSelectElement ||
        e instanceof HTMLTextAreaElement) &&
      e.name !== '' &&
      !(e instanceof HTMLInputElement && ['checkbox', 'radio', 'file', 'hidden'].includes(e.type)),
  );
}

/** Has the reader changed the field from what the form started with? */
function changed(field: Field): boolean {
  if (field instanceof HTMLSelectElement) {
    const start = Array.from(field.options).find((o) => o.defaultSelected) ?? field.options[0];
    return field.value !== (start?.value ?? '');
  }
  return field.value !== field.defaultValue;
}

/**
 * The forms under `root` the reader has begun (a field changed from its start), each with all its
 * named fields' values: a chosen route's number stays with the message typed for it.
 */
export function takeDrafts(root: ParentNode): Draft[] {
  const drafts: Draft[] = [];
  for (const form of Array.from(root.querySelectorAll('form'))) {
    const key = formKey(form);
    const fields = fieldsOf(form);
    if (key === undefined || !fields.some(changed)) continue;
    drafts.push({ form: key, values: Object.fromEntries(fields.map((f) => [f.name, f.value])) });
  }
  return drafts;
}

function fill(form: HTMLFormElement, values: Readonly<Record<string, string>>): void {
  for (const field of fieldsOf(form)) {
    const value = values[field.name];
    if (value === undefined || field.value === value) continue;
    field.value = value;
    // As if typed: the form's own listeners react (a promise's fields shown, a request marked begun).
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/**
 * Puts `drafts` back into their forms under `root` as the page draws them (pages draw forms after
 * loading, and may draw one again), once per form drawn; returns the way to stop watching, which
 * the next page drawn calls.
 */
export function restoreDrafts(root: HTMLElement, drafts: readonly Draft[]): () => void {
  if (drafts.length === 0) return () => {};
  const byKey = new Map(drafts.map((d) => [d.form, d.values]));
  const filled = new WeakSet<HTMLFormElement>();
  const sweep = (): void => {
    for (const form of Array.from(root.querySelectorAll('form'))) {
      const key = formKey(form);
      const values = key === undefined ? undefined : byKey.get(key);
      if (values === undefined || filled.has(form)) continue;
      filled.add(form);
      fill(form, values);
    }
  };
  const watch = new MutationObserver(sweep);
  watch.observe(root, { childList: true, subtree: true });
  sweep();
  return () => watch.disconnect();
}
