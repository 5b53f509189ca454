/** How long a subscription's confirmation link works. */
export const CONFIRMATION_HOURS = 48;
