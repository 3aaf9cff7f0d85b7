/** The top bar's search box carries this id; `/` focuses it. */
export const GLOBAL_SEARCH_INPUT_ID = 'meridian-global-search';
/** Dispatched on window by `/` for a search box that prefers to open itself (a modal, say). */
export const FOCUS_SEARCH_EVENT = 'meridian:focus-search';

/** Focuses the global search: by event (listeners may open a palette) and by id as a fallback. */
export function focusGlobalSearch(): void {
  window.dispatchEvent(new CustomEvent(FOCUS_SEARCH_EVENT));
  const input = document.getElementById(GLOBAL_SEARCH_INPUT_ID);
  if (input instanceof HTMLElement) input.focus();
}
