import { FaqEngine } from '../../faq';
import { detectLanguage, languageOfLocale, resolveLanguage } from '../../faq/language';

describe('languageOfLocale', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr', 'fr'],
    ['FR_ca', 'fr'],
    ['en-US', 'en'],
    ['en-gb', 'en'],
    ['de-DE', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (locale, lang) => {
    expect(languageOfLocale(locale)).toBe(lang);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Qui peut acheter en libre-service ?', 'fr'],
    ['les invites peuvent acheter ou pas', 'fr'],
    ["c'est moi qui paie ?", 'fr'],
    ['je veux 3 licences power bi', 'fr'],
    ['les users peuvent acheter power bi', 'fr'],
    ['Who can buy through self-service?', 'en'],
    ['can guests purchase power bi', 'en'],
    ["what's the price", 'en'],
    ['how do I cancel my subscription', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('answers the fallback when nothing tells', () => {
    expect(detectLanguage('Power BI ?')).toBe('en');
    expect(detectLanguage('Power BI ?', undefined, 'fr')).toBe('fr');
  });

  it('uses the knowledge base vocabulary as a hint for keyword questions', () => {
    const engine = new FaqEngine();
    expect(engine.detectLanguage('formation powerapps')).toBe('fr');
    expect(engine.detectLanguage('training powerapps')).toBe('en');
  });
});

describe('resolveLanguage', () => {
  it('lets a French or English locale win over the text', () => {
    expect(resolveLanguage('Who can buy?', 'fr-FR')).toBe('fr');
    expect(resolveLanguage('Qui peut acheter ?', 'en-US')).toBe('en');
  });

  it('detects the language when the locale is missing or neither French nor English', () => {
    expect(resolveLanguage('Qui peut acheter ?', undefined)).toBe('fr');
    expect(resolveLanguage('Qui peut acheter ?', 'de-DE')).toBe('fr');
    expect(resolveLanguage('Who can buy?', 'es')).toBe('en');
  });
});
