import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/engine/text/language.ts';
import { languageProfile } from '../../../src/engine/text/profile.ts';
import { tokenize } from '../../../src/engine/tokens/tokenize.ts';

const termsOf = (language: string, text: string) =>
  tokenize({ id: 'w', sigil: 'W', label: 'W', language, blocks: [{ id: 'p', text }] }).flatMap((s) => s.terms);

describe('content terms of a word', () => {
  it('stems a word, and gives nothing for a stopword', () => {
    const terms = languageProfile('en').terms;
    expect(terms('capabilities')).toEqual(terms('capability'));
    expect(terms('the')).toEqual([]);
  });

  it('knows every language the stopword lists know: a Swahili or Bulgarian text is detected, its stopwords dropped, its words stemmed', () => {
    const swahili = 'Kila mtu anasema kwamba mkakati wa Ethereum unaonekana kushindwa, na watu wengi wamechoka na mchezo wa tabaka.';
    const bulgarian = 'Всички казват, че стратегията на Ethereum изглежда се е провалила и много хора са уморени от играта на слоеве.';
    expect([detectLanguage(swahili), detectLanguage(bulgarian)]).toEqual(['sw', 'bg']);
    expect(termsOf('sw', swahili)).not.toContain('na');
    expect(termsOf('bg', bulgarian)).not.toContain('на');
    expect(languageProfile('sl').terms('zgodbami')).toEqual(languageProfile('sl').terms('zgodbe'));
  });

  it('tells the languages of fewer speakers from their neighbours, English from Scots, and Hindi from Magahi', () => {
    const texts = {
      da: 'Alle siger, at Ethereums strategi ser ud til at være slået fejl, og alle er trætte af det her spil med kinesiske æsker.',
      nb: 'Alle sier at Ethereums strategi ser ut til å ha mislyktes, og alle er lei av dette spillet med kinesiske esker.',
      fi: 'Kaikki sanovat, että Ethereumin strategia näyttää epäonnistuneen, ja kaikki ovat kyllästyneet tähän peliin.',
      sk: 'Všetci hovoria, že stratégia Etherea zrejme zlyhala, a všetci sú unavení z tejto hry s vrstvami.',
      lt: 'Visi sako, kad Ethereum strategija, atrodo, žlugo, ir visiems jau nusibodo šis žaidimas su sluoksniais.',
      ca: "Tothom diu que l'estratègia d'Ethereum sembla haver fracassat, i tothom està cansat d'aquest joc de capes.",
      he: 'כולם אומרים שהאסטרטגיה של אתריום נכשלה, וכולם עייפים מהמשחק הזה של שכבות על גבי שכבות.',
      en: 'When they looked, they saw that the heavy stone was rolled away from the door: for it was very great.',
      // Hindi with English loanwords, which franc reads as Magahi, a language of the Hindi belt.
      hi: 'हर कोई कह रहा है कि एथेरियम का रोलअप वाला रास्ता शायद नाकाम रहा, और सब इस परतों के खेल से थक गए हैं।',
    };
    for (const [tag, text] of Object.entries(texts)) expect([tag, detectLanguage(text)]).toEqual([tag, tag]);
  });

  it('drops the commonest Persian function words, which the package’s list lacks', () => {
    const persian = 'همه می‌گویند این استراتژی شکست خورده است و همه از این بازی خسته شده‌اند.';
    expect(detectLanguage(persian)).toBe('fa');
    for (const word of ['این', 'است', 'همه', 'از', 'و']) expect(termsOf('fa', persian), word).not.toContain(word);
    expect(termsOf('fa', persian).length).toBeGreaterThan(0);
  });

  it('counts a French, Italian or Catalan word glued to an elided article or preposition as the word after it', () => {
    const elided = { fr: ['l', 'd', 'qu', 'jusqu'], it: ['l', 'dell', 'nell', 'un'], ca: ['l', 'd', 'n'] };
    for (const [tag, articles] of Object.entries(elided)) {
      const terms = languageProfile(tag).terms;
      fc.assert(
        fc.property(fc.constantFrom(...articles), fc.stringMatching(/^[a-zàèéìòù]{2,12}$/), (article, word) => {
          expect(terms(`${article}'${word}`)).toEqual(terms(word));
        }),
      );
    }
    expect(termsOf('fr', 'L’essai d’Ethereum.')).toEqual(termsOf('fr', 'Essai Ethereum.'));
    // A language that elides nothing keeps the word whole, and a word that is not an elision stays one.
    expect(languageProfile('en').terms("l'essai")).toEqual(["l'essai"]);
    expect(languageProfile('fr').terms("aujourd'hui")).toEqual(["aujourd'hui"]);
  });

  it('counts a Japanese word with kanji as its kanji, so old and new spellings meet', () => {
    // Classical 「新しき教」 and modern 「新しい教え」 are segmented into different words.
    const old = termsOf('ja', '權威ある新しき教なるかな。');
    const modern = termsOf('ja', '権威のある、新しい教えではないか。');
    expect(old).toEqual(expect.arrayContaining(['威', '新', '教']));
    expect(modern).toEqual(expect.arrayContaining(['威', '新', '教']));
    expect(termsOf('ja', 'さあ、行こう。')).toEqual(expect.arrayContaining(['行']));
  });

  it('counts no Japanese word of hiragana alone: particles, auxiliaries and endings carry no content', () => {
    // "This article is not meant to solicit investment": only the kanji and the katakana loanword say what it is about.
    const terms = termsOf('ja', '本記事は投資を勧誘するものではありません。レイヤーの話です。');
    expect(terms.filter((t) => /^[\p{Script=Hiragana}ー]+$/u.test(t))).toEqual([]);
    expect(terms).toEqual(expect.arrayContaining([...termsOf('ja', '投資'), ...termsOf('ja', '勧誘'), ...termsOf('ja', 'レイヤー')]));
  });

  it('counts each kanji in all its standard forms: old 權 and 靈 meet new 権 and 霊', () => {
    const old = termsOf('ja', '權威ある新しき教なるかな、穢れし靈すら命ずれば從ふ。');
    const modern = termsOf('ja', '権威のある、新しい教えではないか。汚れた霊をさえ戒められる。すると従うのだ。');
    for (const shared of [termsOf('ja', '権')[0], termsOf('ja', '霊')[0], termsOf('ja', '従')[0]]) {
      expect(old).toContain(shared);
      expect(modern).toContain(shared);
    }
  });

  it('gives a traditional and a simplified Chinese word one term (耶穌 and 耶稣, 會堂 and 会堂)', () => {
    expect(termsOf('zh', '耶穌進了會堂。')).toEqual(termsOf('zh', '耶稣进了会堂。'));
  });

  it('keeps Chinese dictionary words whole', () => {
    expect(termsOf('zh', '我们走吧，去耶路撒冷。')).toContain('耶路撒冷');
  });

  it('counts a Korean word as its pairs of syllables, so a word meets its forms with other particles', () => {
    // 레이어는 (the layer, as subject) and 레이어의 (of the layer): one word, two particles.
    const subject = termsOf('ko', 'AI의 레이어는 능력의 상승이다.');
    const owner = termsOf('ko', '크립토 레이어의 문제.');
    expect(subject).toEqual(expect.arrayContaining(['레이', '이어']));
    expect(owner).toEqual(expect.arrayContaining(['레이', '이어']));
    expect(termsOf('ko', '크립토')).toEqual(['크립', '립토']);
  });
});
