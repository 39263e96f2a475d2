/** A child of an element: text, another node, or nothing (skipped). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes and event handlers for `el`: `on*` keys take listeners, others become attributes. */
export type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Creates an element with attributes and children; text is always inserted as text, never as HTML.
 * @example el('button', { class: 'primary', onclick: send }, t('send'))
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

/** Appends children (flattening arrays, skipping empty ones) to a node. */
export function append(node: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child))
        : child,
    );
  }
}

/** Replaces all children of a node. */
export function replace(node: Element, ...children: (Child | Child[])[]): void {
  node.replaceChildren();
  append(node, children);
}

/** Reads a form's named fields as trimmed strings, leaving out empty ones. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.trim();
  });
  return out;
}
