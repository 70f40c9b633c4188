declare module 'talisman/metrics/jaro-winkler' {
  /** Jaro-Winkler similarity in [0, 1]. */
  const jaroWinkler: ((a: string, b: string) => number) & { similarity(a: string, b: string): number };
  export default jaroWinkler;
}
