/**
 * Turns the literal type of the source-locale text (`as const`) into the shape every other locale
 * must match: same keys, same tuple lengths, any string at the leaves. A missing or extra key in a
 * translation is then a compile error.
 */
export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
