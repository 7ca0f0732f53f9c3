import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { SHARE_IMAGE, shareImagePath } from '../lib/site/social.ts';

/**
 * Draws each page's link-preview image (1200×630 PNG) after the build, from the title, kind and
 * description the built page itself declares, so every page that exists has an image and no page
 * needs to know how images are made. Satori lays out the card; resvg rasterises it. Images are
 * cached by content, so a rebuild only draws cards whose text changed.
 */
export function shareImages(options: { cacheDir: string }): AstroIntegration {
  return {
    name: 'pmf:share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const cache = join(options.cacheDir, 'share-images');
        mkdirSync(cache, { recursive: true });
        const fonts = loadFonts();
        let drawn = 0;
        const pages = htmlFiles(root);
        for (const file of pages) {
          const card = readCard(readFileSync(file, 'utf8'), relative(root, file));
          if (!card) continue;
          const key = createHash('sha256')
            .update(JSON.stringify([CARD_VERSION, card.title, card.kind, card.description]))
            .digest('hex');
          const cached = join(cache, `${key.slice(0, 32)}.png`);
          if (!existsSync(cached)) {
            writeFileSync(cached, await drawCard(card, fonts));
            drawn++;
          }
          const target = join(root, shareImagePath(card.path));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, readFileSync(cached));
        }
        logger.info(
          `share images: ${pages.length} pages, ${drawn} drawn, ${pages.length - drawn} from cache (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}

/** Bump when the card's design changes, so cached images are redrawn. */
const CARD_VERSION = 3;

export interface Card {
  /** The page's path on the site, without the base path: "/history/". */
  readonly path: string;
  readonly title: string;
  readonly kind: string;
  readonly description: string;
}

const attr = (html: string, pattern: RegExp) => decode(pattern.exec(html)?.[1] ?? '');

/** The card's text from a built page; null for pages that declare no share image (the embed, 404). */
export function readCard(html: string, file: string): Card | null {
  if (!/<meta property="og:image"/.test(html)) return null;
  const title = attr(html, /<meta property="og:title" content="([^"]*)"/);
  const description = attr(html, /<meta property="og:description" content="([^"]*)"/);
  if (!title) throw new Error(`${file}: has og:image but no og:title`);
  const kind = attr(html, /<meta data-pagefind-filter="kind\[content\]" content="([^"]*)"/) || 'The PMF Explained';
  const path = `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
  return { path, title, kind, description };
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function htmlFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html') && !f.startsWith('embed'))
    .map((f) => join(root, f))
    .sort();
}

type Fonts = Parameters<typeof satori>[1]['fonts'];

/** Noto Sans (SIL Open Font Licence) from @fontsource; satori reads WOFF, not WOFF2. */
function loadFonts(): Fonts {
  const require = createRequire(import.meta.url);
  const file = (weight: number) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
  return [
    { name: 'Noto Sans', data: file(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: file(700), weight: 700, style: 'normal' },
  ];
}

/** Shortens text to a word boundary so the card never overflows. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:–—-]+$/, '')}…`;
}

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

async function drawCard(card: Card, fonts: Fonts): Promise<Buffer> {
  const titleSize = card.title.length > 60 ? 56 : card.title.length > 34 ? 68 : 84;
  // The root is the blue band; the card sits inside it. Satori sizes boxes without their padding,
  // so padding lives on a child that grows to fill the root, never on the fixed-size root.
  const tree = el('div', { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, display: 'flex', background: '#0b5cad', paddingTop: 24 }, [
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        flexGrow: 1,
        padding: '48px 72px 44px',
        background: '#fbfaf7',
        color: '#1b1c1e',
        fontFamily: 'Noto Sans',
      },
      [
        el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#0b5cad', letterSpacing: 1 }, card.kind.toUpperCase()),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginBottom: 24 }, clip(card.title, 90)),
          el('div', { fontSize: 32, lineHeight: 1.35, color: '#55585e' }, clip(card.description, 150)),
        ]),
        el(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: 28,
            color: '#55585e',
            borderTop: '2px solid #dcd8ce',
            paddingTop: 18,
          },
          [
            el('span', { fontWeight: 700, color: '#1b1c1e' }, 'The PMF Explained'),
            el('span', {}, 'Iraq’s Popular Mobilization Forces, sourced'),
          ],
        ),
      ],
    ),
  ]);
  // satori's types want a React element; the plain object tree above is what JSX compiles to.
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}
