/** The workbench's icon: three linked nodes, drawn inline so the browser asks the service for no /favicon.ico. */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="7" fill="#1f4e79"/>' +
  '<path d="M9 22 16 10 23 22Z" fill="none" stroke="#fff" stroke-width="2"/>' +
  '<circle cx="16" cy="10" r="3.5" fill="#fff"/><circle cx="9" cy="22" r="3.5" fill="#fff"/>' +
  '<circle cx="23" cy="22" r="3.5" fill="#ffd43b"/></svg>';

/** Gives the page its icon (a data: URL, which the page's CSP allows for images) unless it has one. */
export function addFavicon(doc: Document = document): void {
  if (doc.querySelector('link[rel~="icon"]')) return;
  const link = doc.createElement('link');
  link.rel = 'icon';
  link.type = 'image/svg+xml';
  link.href = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;
  doc.head.append(link);
}
