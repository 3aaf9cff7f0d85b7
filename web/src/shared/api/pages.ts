/** Every list of the API answers one page of this shape. */
export type Page<T> = { items: T[]; nextCursor: string | null };

/** For `useInfiniteQuery`: the cursor of the next page, or undefined when there is none. */
export const nextPageParam = <T>(lastPage: Page<T>): string | undefined => lastPage.nextCursor ?? undefined;

/** All loaded pages as one list, for a table with a "load more" button. */
export function flattenPages<T>(data: { pages: Page<T>[] } | undefined): T[] {
  return data ? data.pages.flatMap((page) => page.items) : [];
}
