import { el } from '../dom.js';

/** A date input set to today plus `daysFromToday`. */
export function dateInput(name: string, daysFromToday: number): HTMLInputElement {
  const d = new Date(Date.now() + daysFromToday * 86_400_000);
  return el('input', { name, type: 'date', value: d.toISOString().slice(0, 10) });
}

/** Start of the day for `from`, end of the day for `to`, in UTC. */
export function dayBound(date: string, end: boolean): string {
  return new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}Z`).toISOString();
}
