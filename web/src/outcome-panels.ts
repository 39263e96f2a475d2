// An attempt sent but its outcome not yet recorded is work in hand: drawing the page again in the
// other language shows its outcome form again, for the same attempt. Moving to another page
// leaves it (as before): the panels are forgotten on navigation.

/** Shows a sent attempt's notice and outcome form in `box`; `reload` refreshes the page it is on once recorded. */
export type OutcomePanel = (box: HTMLElement, reload: () => void) => void;

const open = new Map<string, OutcomePanel>();

/** Keeps the outcome panel open at `place` (a page's send box) until recorded or navigated away from. */
export function keepOutcomePanel(place: string, show: OutcomePanel): void {
  open.set(place, show);
}

/** The outcome panel still open at `place`, if any. */
export function outcomePanelAt(place: string): OutcomePanel | undefined {
  return open.get(place);
}

/** The outcome at `place` is recorded: its panel is no longer work in hand. */
export function closeOutcomePanel(place: string): void {
  open.delete(place);
}

/** Forgets every open panel (the reader moved to another page or signed out). */
export function forgetOutcomePanels(): void {
  open.clear();
}
