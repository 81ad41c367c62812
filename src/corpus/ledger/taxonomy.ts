/**
 * The one taxonomy of boilerplate: what a repost site wraps around an essay. Every stripped block
 * in a ledger carries one of these categories; the README's table is checked against this list.
 */
export const BOILERPLATE_CATEGORIES = {
  'promo-banner': {
    label: 'Promo banner',
    description: 'The host site advertising itself: contest or campaign banners, reward bullets, sign-up calls.',
  },
  'duplicated-teaser': {
    label: 'Duplicated teaser',
    description: 'An excerpt or summary that repeats the essay’s own opening before the essay starts.',
  },
  disclaimer: {
    label: 'Disclaimer',
    description: 'The host’s legal or editorial notice about reposted content.',
  },
  'share-widget': {
    label: 'Share widget',
    description: 'Text of share, like, comment, repost or bookmark buttons.',
  },
  'related-links': {
    label: 'Related links',
    description: '“You may also like” or “related articles” headers and lists.',
  },
  'spam-advert': {
    label: 'Spam advert',
    description: 'An unrelated advertorial or sponsored post placed after or inside the essay.',
  },
  'stray-timestamp': {
    label: 'Stray timestamp',
    description: 'A date or time that belongs to another item on the page, not to the essay.',
  },
  'price-ticker': {
    label: 'Price ticker',
    description: 'Market widgets: token names with prices, percentage changes, volumes.',
  },
  'reading-time': {
    label: 'Reading time',
    description: 'Estimated reading time or view counters (“3 min read”), in any language.',
  },
  'contact-line': {
    label: 'Contact line',
    description: 'Contact details of the host or the reposter: e-mail, Telegram, “contact us”.',
  },
  'ai-summary': {
    label: 'AI summary',
    description: 'A machine-made summary box or its placeholder (“AI summary”, “generating…”).',
  },
  'site-navigation': {
    label: 'Site navigation',
    description: 'Menus, breadcrumbs, tags and “back to top” links of the host page.',
  },
} as const satisfies Record<string, { label: string; description: string }>;

/** A boilerplate category's key, e.g. `promo-banner`. */
export type BoilerplateCategory = keyof typeof BOILERPLATE_CATEGORIES;

/** The category keys, in the documented order. */
export const CATEGORY_KEYS = Object.keys(BOILERPLATE_CATEGORIES) as [BoilerplateCategory, ...BoilerplateCategory[]];

/** The metadata fields a capture line can be lifted into (they become frontmatter). */
export const METADATA_FIELDS = ['title', 'author', 'date'] as const;

/** One of `title`, `author`, `date`. */
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** What a line of a capture is: essay text, metadata, boilerplate or nothing. */
export const LINE_ROLES = ['body', 'metadata', 'boilerplate', 'blank'] as const;

/** One of the line roles. */
export type LineRole = (typeof LINE_ROLES)[number];
