// What each kind of page downloads from the production build (web/dist), gzip-compressed:
// `npm run bundle-size` after a build. Reads Vite's manifest and follows static
// imports from the page's entry plus the lazy chunk that page loads.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../web/dist/', import.meta.url);

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

export function pageSizes(): Record<string, { js: number; css: number }> {
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8')) as Record<string, Chunk>;
  const gz = (file: string) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
  const collect = (key: string, seen: Set<string>): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) collect(dep, seen);
  };
  const page = (lazy: string[]) => {
    const seen = new Set<string>();
    collect('index.html', seen);
    for (const key of lazy) collect(`src/${key}`, seen);
    const files = [...seen].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]);
    const unique = [...new Set(files)];
    const js = unique.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
    const css = unique.filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0);
    return { js, css };
  };
  return {
    runner: page(['runner/SurveyRunner.vue']),
    complaint: page(['complaint/ComplaintForm.vue']),
    admin: page(['App.vue']),
    dashboard: page(['App.vue', 'results/ResultsDashboard.vue']),
    creator: page(['App.vue', 'questionnaires/QuestionnaireEditor.vue']),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  for (const [name, { js, css }] of Object.entries(pageSizes()))
    console.log(`${name.padEnd(10)} JS ${kB(js).padStart(9)} gzip, CSS ${kB(css).padStart(8)} gzip`);
}
