/** citation-js ships no types for its default export; these are the parts the site uses. */
declare module '@citation-js/core' {
  interface Register {
    has(name: string): boolean;
    add(name: string, value: string): void;
  }
  class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
  const core: {
    Cite: typeof Cite;
    plugins: { config: { get(name: '@csl'): { styles: Register } } };
  };
  export default core;
}
declare module '@citation-js/plugin-csl';
