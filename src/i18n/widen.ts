/**
 * Turns a catalog written `as const` into the shape every other catalog must have: each text
 * becomes `string`, each list a list of strings, and each function keeps its parameters. Another
 * catalog written `satisfies Widen<typeof source>` then fails the type check when a key is
 * missing or extra.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer Params) => infer Result
    ? (...args: Params) => Widen<Result>
    : T extends readonly (infer Item)[]
      ? readonly Widen<Item>[]
      : { readonly [Key in keyof T]: Widen<T[Key]> };
