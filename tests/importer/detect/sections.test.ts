import { describe, expect, it } from 'vitest';
import { lineClues } from '../../../src/importer/detect/line-clues.ts';
import { sectionNumber } from '../../../src/importer/detect/sections.ts';

describe('sectionNumber', () => {
  it.each([
    ['2) The layering logic of crypto', 2],
    ['१२. एआईको तहगत तर्क', 12],
    ['२) क्रिप्टोको तहगत तर्क: हरेक तहले', 2],
    ['٣. منطق الطبقات في الكريبتو', 3],
    ['三、加密的分层逻辑', 3],
    ['十二、结语', 12],
    ['二十、附录', 20],
    ['3️⃣ What this means for the rest of us', 3],
    ['② 크립토의 계층 논리: 각 계층이 앞 계층의 문제를 땜질한다', 2],
    ['❸ 結論', 3],
    // A number in brackets, as Chinese and Japanese documents number their sections.
    ['（三）悖論的關鍵', 3],
    ['(2) The layering logic of crypto', 2],
    ['17. jun. 2025', undefined],
  ])('reads the number that leads %j, in digits of any script, Chinese numerals, brackets, keycaps or circled digits', (line, number) => {
    expect(sectionNumber(lineClues(line))).toBe(number);
  });
});
