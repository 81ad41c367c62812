/** Types for the two untyped packages the engine's text primitives use. */
declare module 'snowball-stemmers' {
  const snowball: {
    newStemmer(algorithm: string): { stem(word: string): string };
    algorithms(): string[];
  };
  export default snowball;
}

declare module 'stopword' {
  const lists: Record<string, readonly string[]>;
  export = lists;
}

/** OpenCC's character tables: "from to [alternatives]|…" (the package types only its converters). */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
