import { describe, expect, it } from 'vitest';
import { bilingual, megabytes, precheck } from './msgs';

const limits = { maxBytes: 20 * 1048576, maxPerForm: 3 };

describe('the checks before an evidence upload', () => {
  it('passes an accepted kind within the limits, or a name without an extension (the server checks the bytes)', () => {
    for (const name of ['报告.pdf', 'a.PNG', 'b.jpeg', 'c.jpg', 'd.xlsx', 'e.docx', '无扩展名']) expect(precheck({ name, size: 10 }, limits, 0), name).toBeNull();
  });

  it('refuses, in Chinese with English, what the server would refuse', () => {
    const say = (f: { name: string; size: number }, count = 0) => bilingual(precheck(f, limits, count)!);
    expect(say({ name: '大.pdf', size: 20 * 1048576 + 1 })).toBe('“大.pdf”超过 20 MB，未上传（“大.pdf” is larger than 20 MB and was not uploaded）');
    expect(say({ name: '旧.doc', size: 10 })).toBe('“旧.doc”不是可接受的文件类型（PDF、PNG、JPG、XLSX、DOCX）（“旧.doc” is not an accepted kind of file (PDF, PNG, JPG, XLSX, DOCX)）');
    expect(say({ name: '空.pdf', size: 0 })).toBe('“空.pdf”是空文件（“空.pdf” is empty）');
    expect(say({ name: '第四个.pdf', size: 10 }, 3)).toBe('每张表最多 3 个佐证材料，“第四个.pdf”未上传（At most 3 evidence files a form: “第四个.pdf” was not uploaded）');
    // Exactly at the size limit is still accepted.
    expect(precheck({ name: 'x.pdf', size: 20 * 1048576 }, limits, 2)).toBeNull();
  });

  it('says the limit in megabytes', () => {
    expect([20 * 1048576, 2_000_000, 524288].map(megabytes)).toEqual([20, 1.9, 0.5]);
  });
});

describe('evidence counts for review', () => {
  it('counts files per indicator row, leaving out those for the whole form', async () => {
    const { evidenceCounts } = await import('./useEvidence');
    const it = (id: number, indicator: string | null) => ({ id, indicator, name: 'x', sha256: '', size: 1, mime: 'image/png', byUser: 1, createdAt: '' });
    expect(evidenceCounts([it(1, '10'), it(2, null), it(3, '2'), it(4, '10')])).toEqual([{ indicatorIndex: 2, count: 1 }, { indicatorIndex: 10, count: 2 }]);
    expect(evidenceCounts([])).toEqual([]);
  });
});
