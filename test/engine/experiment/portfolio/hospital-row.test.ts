import { describe, expect, it } from 'vitest';
import { parseHospitals } from '../../../../engine/experiment/portfolio/hospital-row.js';

const HEAD = 'name,annual deliveries,hospital type,24h convenience,floor space,separate obstetrics,beds,nurses';

describe('parseHospitals()', () => {
  it('reads Chinese headers and names, 是/否 answers and optional beds and nurses, with or without BOM', () => {
    const text = '医院名称,年分娩量,医院类型,24小时便利店,放置空间,独立产科,床位数\r\n"第一人民医院, 产科",1200,1,是,有,否,30\r\n市妇幼保健院,"6,500",3,否,是,是,\r\n';
    for (const t of [text, `\uFEFF${text}`]) {
      const p = parseHospitals(t);
      expect(p.errors).toEqual([]);
      expect(p.hospitals).toEqual([
        { line: 2, name: '第一人民医院, 产科', annualDeliveries: 1200, hospitalType: 'general', has24hConvenience: true, floorSpace: true, separateObstetrics: false, beds: 30 },
        { line: 3, name: '市妇幼保健院', annualDeliveries: 6500, hospitalType: 'maternal-child', has24hConvenience: false, floorSpace: true, separateObstetrics: true },
      ]);
    }
  });

  it('refuses a bad row with its line, column and rule and keeps the other rows', () => {
    const p = parseHospitals(`${HEAD}\nA,1500,2,yes,yes,yes,,\nB,-3,3,yes,yes,yes,,\nC,2000,5,perhaps,yes,yes,,0\n,100,1,no,no,no,,\nD,200000,1,no,yes,yes,,\nE,3000,3,no,yes,yes,,\n`);
    expect(p.hospitals.map((h) => h.name)).toEqual(['A', 'E']);
    expect(p.rows).toBe(6);
    expect(p.errors.map((e) => [e.line, e.column, e.columnName, e.rule])).toEqual([
      [3, 2, 'annual deliveries', 'integer'],
      [4, 3, 'hospital type', 'enum'],
      [4, 4, '24h convenience', 'yes-no'],
      [4, 8, 'nurses', 'minimum'],
      [5, 1, 'name', 'required'],
      [6, 2, 'annual deliveries', 'maximum'],
    ]);
  });

  it('a row with a broken quote is refused at its line; a missing required column refuses the file; unknown columns are ignored', () => {
    const broken = parseHospitals(`${HEAD},province\nA,1500,2,yes,yes,yes,,,"Zhejiang"x\nB,1500,2,yes,yes,yes,,,Jiangsu\n`);
    expect(broken.hospitals.map((h) => h.name)).toEqual(['B']);
    expect(broken.ignoredColumns).toEqual(['province']);
    expect(broken.errors).toEqual([expect.objectContaining({ line: 2, column: 9, columnName: 'province', rule: 'quote' })]);
    const noType = parseHospitals('name,deliveries,convenience,floor space,separate obstetrics\nA,1500,yes,yes,yes\n');
    expect(noType.hospitals).toEqual([]);
    expect(noType.errors).toEqual([expect.objectContaining({ line: 1, columnName: 'hospitalType', rule: 'required' })]);
    expect(parseHospitals('name;deliveries;type\nA;1;1\n').errors[0]).toMatchObject({ line: 1, rule: 'separator' });
    expect(parseHospitals(`${HEAD}\r\n`).errors).toEqual([expect.objectContaining({ line: 2, rule: 'required', message: 'the file has a header but no hospital rows' })]);
  });
});
