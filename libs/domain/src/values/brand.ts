/** A string or number that passed its value check; the brand keeps unchecked values out at compile time. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
