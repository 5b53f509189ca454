/** Fired by any search launcher; the one SearchDialogHost on the page opens the dialog. */
export const OPEN_SEARCH_EVENT = 'trust-center:open-search';
