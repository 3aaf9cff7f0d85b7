import { useState } from 'react';

/**
 * Page numbers over a keyset-paged list: the cursor of each page reached so far is kept, so
 * the table can go forward one page at a time and back to any page seen. A filter change
 * starts again at page 1 (the caller passes a key that changes with the filters).
 */
export function useCursorPages(resetKey: string, initialSize = 20) {
  const [state, setState] = useState({
    key: resetKey,
    page: 1,
    size: initialSize,
    cursors: [undefined] as (string | undefined)[],
  });
  const current = state.key === resetKey ? state : { key: resetKey, page: 1, size: state.size, cursors: [undefined] };
  return {
    page: current.page,
    pageSize: current.size,
    cursor: current.cursors[current.page - 1],
    /** Call with the page's nextCursor once it has loaded. */
    remember(nextCursor: string | null) {
      if (nextCursor && current.cursors[current.page] !== nextCursor) {
        const cursors = current.cursors.slice(0, current.page);
        cursors[current.page] = nextCursor;
        setState({ ...current, cursors });
      }
    },
    /** Whether a page number can be reached (known cursor). */
    canGoTo: (page: number) => page >= 1 && page <= current.cursors.length,
    goTo(page: number, size: number) {
      if (size !== current.size) setState({ key: resetKey, page: 1, size, cursors: [undefined] });
      else if (page >= 1 && page <= current.cursors.length) setState({ ...current, page });
    },
  };
}
