/**
 * The sample application form that ships in `scenarios/portfolio/sample-hospitals.csv`: 50
 * synthetic hospitals (made-up place names, no real hospital) with the programme's columns in
 * Chinese, 是/否 answers, volumes from about 800 to 25,000 deliveries a year, and beds and
 * nurses given for some. It is drawn from a fixed seed, so the file is the same on every run;
 * a test checks that the committed file equals this output.
 *
 * Regenerate: `npx tsx scenarios/portfolio/sample-hospitals.ts > scenarios/portfolio/sample-hospitals.csv`
 */
import seedrandom from 'seedrandom';

/** Hospitals in the sample. */
export const SAMPLE_HOSPITALS = 50;

// Rare characters, so that no name is a real city's hospital.
const PLACES_A = ['岚', '澄', '沐', '汀', '霁', '棠', '蓁', '珂', '翎', '皋', '芷', '楠'];
const PLACES_B = ['溪', '屿', '岗', '塘', '湾', '坪', '渚', '埠', '汊', '垭'];
const LEVEL = ['县', '市'];
const KIND = { 1: '人民医院', 2: '妇产医院', 3: '妇幼保健院' } as const;

/** The sample form as CSV text: UTF-8 with BOM, CRLF line ends, Chinese header. */
export function sampleHospitalsCsv(): string {
  const rng = seedrandom.alea('wardtwin-portfolio-sample-1');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const yesNo = (p: number): string => (rng() < p ? '是' : '否');
  const rows = ['医院名称,年分娩量,医院类型,24小时便利店,放置空间,独立产科,床位数,护士数'];
  const used = new Set<string>();
  for (let k = 0; k < SAMPLE_HOSPITALS; k++) {
    const u = rng();
    const type = u < 0.45 ? 1 : u < 0.6 ? 2 : 3;
    // Log-uniform volumes; maternal-child hospitals lean larger.
    const lo = Math.log(type === 3 ? 1500 : 800);
    const deliveries = Math.round(Math.exp(lo + rng() * (Math.log(25_000) - lo)) / 10) * 10;
    let place: string;
    do place = `${pick(PLACES_A)}${pick(PLACES_B)}${deliveries > 6000 ? '市' : pick(LEVEL)}`;
    while (used.has(`${place}${type}`));
    used.add(`${place}${type}`);
    // Two hospitals are one campus of a group, with a comma in the name (quoted in the file).
    const name = k % 24 === 5 ? `"${place}${KIND[type]}（东院, 产科楼）"` : `${place}${KIND[type]}`;
    const beds = rng() < 0.6 ? String(Math.max(8, Math.round((deliveries * 15) / 1000 * (0.8 + 0.4 * rng())))) : '';
    const nurses = beds !== '' && rng() < 0.7 ? String(Math.max(4, Math.round(Number(beds) * (0.4 + 0.2 * rng())))) : '';
    rows.push([name, deliveries, type, yesNo(0.4), yesNo(0.85), type === 1 ? yesNo(0.7) : '是', beds, nurses].join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

if (process.argv[1]?.endsWith('sample-hospitals.ts') === true) process.stdout.write(sampleHospitalsCsv());
