/**
 * Validation rows for who enters a patient's room, against Cohen et al. 2012 (nurses 45 %,
 * personal visitors 23 % of entries). The shares are over every room entry the room-entry row
 * counts: staff entries, visits, companions' hand-overs and returns from supply trips, and
 * mothers back from their own trips.
 *
 * Cohen's "personal visitors" are the patient's family and friends, so on a Chinese postpartum
 * ward the companion who stays with the mother is one of them, beside the visitors. The model
 * counts an entry only where it walks someone in: one per visit, per hand-over and per supply
 * trip. A companion's other comings and goings (meals, hot water, errands) and a visitor stepping
 * out and back are not modelled, so the family's share falls far below Cohen's where the nurses'
 * rate per patient-hour matches it (it is derived from Cohen). Raising the visitor rate to close
 * the gap would add as many community visitors at the bedside, and so infections the sources do
 * not support; the rows therefore show the gap and say why.
 */
import type { RoomEntriesByRole } from '../../ward/index.js';
import type { ReplicationOutcome } from '../replication-job.js';
import { NURSE_SHARE_OF_ROOM_ENTRIES, ROOM_ENTRIES_PER_PATIENT_HOUR, VISITOR_SHARE_OF_ROOM_ENTRIES, bandSource } from './published-bands.js';
import { bandRow } from './validation-rows.js';
import type { RowText, ValidationRow } from './validation-rows.js';

/** The report's checks (their Chinese names are in check-names.ts). */
export const NURSE_SHARE_CHECK = 'share of room entries by nurses';
export const FAMILY_SHARE_CHECK = 'share of room entries by visitors and companions';

const total = (e: RoomEntriesByRole): number => e.nurse + e.staff + e.visitor + e.companion + e.mother;
const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const pct = (x: number): string => (100 * x).toFixed(1);

const NOT_RECORDED: RowText = { en: 'the executor returned no room entries by role (a queue worker older than this engine?)', 'zh-CN': '执行器未返回按角色的进房次数（队列工作进程的版本早于本引擎？）' };

/**
 * The two rows for replications `main` (with diagnostics); `patientDays` per replication.
 * Rows are "not measured" when a replication counted no entry or the executor sent none.
 */
export function roomEntryShareRows(main: readonly ReplicationOutcome[], patientDays: readonly number[]): ValidationRow[] {
  const nurse = NURSE_SHARE_OF_ROOM_ENTRIES;
  const family = VISITOR_SHARE_OF_ROOM_ENTRIES;
  const entries = main.map((o) => o.diagnostics?.roomEntries);
  if (entries.some((e) => e === undefined || total(e) === 0)) {
    return [
      bandRow(NURSE_SHARE_CHECK, nurse.lo, nurse.hi, bandSource(nurse, true), null, NOT_RECORDED),
      bandRow(FAMILY_SHARE_CHECK, family.lo, family.hi, bandSource(family, true), null, NOT_RECORDED),
    ];
  }
  const e = entries as RoomEntriesByRole[];
  const share = (pick: (x: RoomEntriesByRole) => number): number[] => e.map((x) => pick(x) / total(x));
  const perPatientDay = (pick: (x: RoomEntriesByRole) => number): number => mean(e.map((x, i) => pick(x) / patientDays[i]));
  const nursePerHour = (perPatientDay((x) => x.nurse) / 24).toFixed(3);
  const perHour = ROOM_ENTRIES_PER_PATIENT_HOUR.value;
  const cohenNurse = `${100 * nurse.value} % of ${perHour}, ${(nurse.value * perHour).toFixed(3)}`;
  const cohenNurseZh = `${perHour} 次的 ${100 * nurse.value}%，即 ${(nurse.value * perHour).toFixed(3)}`;
  const nurseShare = share((x) => x.nurse);
  const familyShare = share((x) => x.visitor + x.companion);
  const [visitors, companions] = [pct(mean(share((x) => x.visitor))), pct(mean(share((x) => x.companion)))];
  const familyPerDay = perPatientDay((x) => x.visitor + x.companion).toFixed(1);
  // Family entries a patient-day at which the family's share would be Cohen's, all else equal.
  const needed = ((family.value * perPatientDay((x) => x.nurse + x.staff + x.mother)) / (1 - family.value)).toFixed(0);
  const fewFamily = mean(familyShare) < family.lo;
  const nurseNote: RowText = {
    en: `nurses enter ${nursePerHour} times a patient-hour (Cohen: ${cohenNurse})${fewFamily ? '; the share is high because few family entries are modelled (next row)' : ''}`,
    'zh-CN': `护士每患者小时进房 ${nursePerHour} 次（Cohen：${cohenNurseZh}）${fewFamily ? '；比例偏高是因为模型中亲属进房次数少（见下一行）' : ''}`,
  };
  const breakdown: RowText = {
    en: `visitors ${visitors} %, companions ${companions} % (hand-overs, returns from supply trips): ${familyPerDay} family entries a patient-day`,
    'zh-CN': `探视者 ${visitors}%，陪护者 ${companions}%（交接班、取物返回）：每患者日亲属进房 ${familyPerDay} 次`,
  };
  const familyNote: RowText = fewFamily
    ? {
      en: `${breakdown.en}, where Cohen's share needs about ${needed} (Sulmasy & Rahn 2001, 24-h doorway video: 13 family entries a patient-day, 24 min each). `
        + 'The model counts one entry a visit and none for a companion\'s meals, hot water or errands; raising visitorsPerMotherPerDay to close the gap '
        + 'would add as many community visitors at the bedside, which no source supports, so the gap is shown',
      'zh-CN': `${breakdown['zh-CN']}，而达到 Cohen 的比例约需 ${needed} 次（Sulmasy 与 Rahn 2001，24 小时门口录像：每患者日亲属进房 13 次，每次 24 分钟）。`
        + '模型每次探视只计一次进房，陪护者打饭、打水和办事的进出不计；若提高 visitorsPerMotherPerDay 来弥补差距，会在床旁增加同样多来自社区的探视者，这没有文献依据，因此如实显示差距',
    }
    : breakdown;
  return [
    bandRow(NURSE_SHARE_CHECK, nurse.lo, nurse.hi, bandSource(nurse, true), nurseShare, nurseNote),
    bandRow(FAMILY_SHARE_CHECK, family.lo, family.hi, bandSource(family, true), familyShare, familyNote),
  ];
}
