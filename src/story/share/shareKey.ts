/** The fragment key of a shared composition (`#c=…`), apart from the codec so the first script can look for it cheaply. */
export const SHARE_KEY = 'c';
