/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The numbered references of the page being rendered, by source id, for <Cite>. */
    references?: ReadonlyMap<string, import('./lib/content/references.ts').Reference>;
    /** True while the reader packet renders: charts name themselves instead of drawing. */
    packet?: boolean;
  }
}
