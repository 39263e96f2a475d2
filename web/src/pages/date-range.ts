import { el } from '../dom.js';
import { localDateFromToday } from '../local-day.js';

/** A date input set to the browser's today plus `daysFromToday`. */
export function dateInput(name: string, daysFromToday: number): HTMLInputElement {
  return el('input', { name, type: 'date', value: localDateFromToday(daysFromToday) });
}
