/**
 * Renders the demo officers' drawn avatars (static/demo-officers/*.svg, the sources) to PNG, the
 * files the demo actually uses: mail clients (Outlook, Gmail) do not show SVG, and the same photo
 * goes in newsletters. 192 px squares, so the 96 px avatar is sharp on high-density screens.
 *
 *   pnpm --filter @engage/portal render:demo-photos
 *
 * The PNGs are committed; run this again only after changing an SVG.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';

const PHOTO_SIZE = 192;

const folder = new URL('../static/demo-officers/', import.meta.url);

function renderPhoto(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PHOTO_SIZE },
    // The avatars are shapes only: no text, so no system fonts to load (and nothing to vary).
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

const sources = (await readdir(folder)).filter((name) => name.endsWith('.svg')).sort();
for (const name of sources) {
  const png = renderPhoto(await readFile(new URL(name, folder), 'utf8'));
  await writeFile(new URL(name.replace(/\.svg$/, '.png'), folder), png);
  process.stdout.write(`${name} → ${name.replace(/\.svg$/, '.png')} (${png.length} bytes)\n`);
}
