// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * Where the site will live. SITE_URL is the origin (canonical URLs, sitemap, Open Graph) and
 * BASE_PATH the folder under it, e.g. BASE_PATH=/recension/ for a project page host. The defaults
 * suit `npm start` on this machine; set both when deploying.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build fixture sites side by side; each needs its own output and cache folder.
  outDir: process.env.RECENSION_OUT ?? './dist',
  cacheDir: process.env.RECENSION_CACHE ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in a <meta> of every page (issue 10): Astro hashes each script
  // and inline style it emits into script-src and style-src; everything else comes from this origin
  // only, so an injected inline script or handler, or a request to another host, is refused.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
