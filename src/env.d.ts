/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Reference ids in order of first citation on the page being rendered (see utils/list-cited-ids). */
    citationOrder?: string[];
    /** How many times each reference has been cited so far on the page, for unique anchor ids. */
    citationUses?: Map<string, number>;
  }
}
