// Shared by the server-rendered rows and the client action form (a "use client" module cannot
// export plain values to server components).

/** The id row buttons and selection checkboxes point at with their `form` attribute. */
export const OFFER_LIST_ACTION_FORM_ID = "offer-list-actions";
/** Query parameter that opens the delete confirmation for an offer. */
export const DELETE_PARAM = "delete";
