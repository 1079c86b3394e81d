import { FAQ_ENTRIES, FAQ_STARTER_QUESTIONS, FaqEngine, type FaqEntry } from '../../faq';

const GUEST = 'can-guest-users-buy-through-self-service-purchase';
const PAYMENT = 'what-are-the-payment-options-for-self-service-purchases';
const WHO_PAYS = 'who-is-responsible-for-payment';
const MANAGE = 'where-does-the-self-service-purchaser-see-and-manage-their-purchases';
const WHEN = 'when-will-self-service-purchase-for-the-power-platform-products-be-available';
const BEYOND = 'will-self-service-purchase-be-enabled-for-services-beyond-the-power-platform-products';
const APPROVAL = 'why-are-self-service-purchases-not-subject-to-admin-approval';
const SUPPORT =
  'are-customers-it-departments-or-partners-expected-to-support-products-bought-through-self-service-purchase';

describe('FaqEngine', () => {
  const engine = new FaqEngine();

  it('answers in the language of the locale, with the entry in that language and related questions', () => {
    const fr = engine.answer('Un invité peut-il acheter une licence ?', 'fr-FR');
    expect(fr).toMatchObject({ lang: 'fr', id: GUEST, suggestions: [] });
    expect(fr.score).toBeGreaterThanOrEqual(engine.threshold);
    expect(fr.entry?.question).toBe(engine.entry(GUEST)?.fr.question);
    expect(fr.entry?.answer).toBe(engine.entry(GUEST)?.fr.answer);
    expect(fr.entry?.related.map((r) => r.id)).toEqual(engine.entry(GUEST)?.related);
    expect(fr.entry?.related[0].question).toBe(engine.entry(fr.entry!.related[0].id)?.fr.question);

    const en = engine.answer('Un invité peut-il acheter une licence ?', 'en-US');
    expect(en).toMatchObject({ lang: 'en', id: GUEST });
    expect(en.entry?.answer).toBe(engine.entry(GUEST)?.en.answer);
  });

  it('detects the language when no locale is given', () => {
    expect(engine.answer('can guests buy power bi?')).toMatchObject({ lang: 'en', id: GUEST });
    expect(engine.answer('les invités peuvent-ils acheter Power BI ?')).toMatchObject({
      lang: 'fr',
      id: GUEST,
    });
  });

  it('does not mind missing accents, typos or odd casing', () => {
    for (const question of [
      'les invités peuvent ils acheter en libre-service',
      'les invites peuvent ils acheter en libre service',
      'LES INVITES PEUVENT ILS ACHETER EN LIBRE SERVICE',
      'les inviter peuvent ils acheterr en libre servise',
    ]) {
      expect(engine.answer(question, 'fr').id).toBe(GUEST);
    }
    expect(engine.answer('can gusts purchse licences', 'en').id).toBe(GUEST);
  });

  it('understands synonyms across languages: licence, subscription, seat; invoice, bill; buy, purchase', () => {
    expect(engine.answer('can I pay with an invoice?', 'en').id).toBe(PAYMENT);
    expect(engine.answer('payer sur facture, possible ?', 'fr').id).toBe(PAYMENT);
    expect(engine.answer('who gets the bill', 'en').id).toBe(WHO_PAYS);
    expect(engine.answer('annuler mon abonnement', 'fr').id).toBe(MANAGE);
    expect(engine.answer('cancel my seats', 'en').id).toBe(MANAGE);
    expect(engine.answer('quand est-ce que power apps sera dispo ?', 'fr').id).toBe(WHEN);
  });

  it("reads a manager's or boss's go-ahead as approval, and a broken product as a support case", () => {
    expect(engine.answer('est-ce que mon manager doit valider mon achat ?', 'fr').id).toBe(APPROVAL);
    expect(engine.answer('my boss has to sign off first?', 'en').id).toBe(APPROVAL);
    expect(engine.answer('who do I call when Power BI breaks?', 'en').id).toBe(SUPPORT);
    expect(engine.answer('PowerApps ne marche plus, je contacte qui ?', 'fr').id).toBe(SUPPORT);
  });

  it('declines a question that only asks where, who, when or why about something the FAQ never names', () => {
    for (const [question, lang] of [
      ['où est la machine à café ?', 'fr'],
      ['who won the match?', 'en'],
      ['pourquoi ?', 'fr'],
    ] as const) {
      expect(engine.answer(question, lang).id).toBeNull();
    }
  });

  it('declines out-of-scope questions and offers the 3 closest questions, in the right language', () => {
    for (const [question, lang] of [
      ['quel temps fait-il à Paris ?', 'fr'],
      ['how do I reset my password', 'en'],
      ['comment créer une mesure DAX', 'fr'],
      ['tell me a joke', 'en'],
      ['', 'en'],
    ] as const) {
      const answer = engine.answer(question, lang);
      expect(answer.id).toBeNull();
      expect(answer.entry).toBeUndefined();
      expect(answer.score).toBeLessThan(engine.threshold);
      expect(answer.suggestions).toHaveLength(3);
      expect(new Set(answer.suggestions.map((s) => s.id)).size).toBe(3);
      for (const suggestion of answer.suggestions) {
        expect(suggestion.question).toBe(engine.entry(suggestion.id)?.[lang].question);
      }
    }
  });

  it('offers the starter questions when nothing is close at all', () => {
    expect(engine.answer('tell me a joke', 'en').suggestions.map((s) => s.id)).toEqual(FAQ_STARTER_QUESTIONS);
  });

  it('answers whether other products are sold through self-service, but declines their prices or how-tos', () => {
    expect(engine.answer('can I buy Visio through self-service?', 'en').id).toBe(BEYOND);
    expect(engine.answer('Office 365 en libre-service, possible ?', 'fr').id).toBe(BEYOND);
    expect(engine.answer('combien coûte une licence Office 365 E3 ?', 'fr').id).toBeNull();
    expect(engine.answer('how much is a Tableau license', 'en').id).toBeNull();
    expect(engine.answer('how do I create a canvas app in PowerApps', 'en').id).toBeNull();
  });

  it('suggests the closest entries first when it declines a vague question', () => {
    const answer = new FaqEngine(FAQ_ENTRIES, { threshold: 1.01 }).answer('les invités et le paiement', 'fr');
    expect(answer.id).toBeNull();
    const ids = answer.suggestions.map((s) => s.id);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining([GUEST]));
  });

  it('uses the threshold it is given', () => {
    const strict = new FaqEngine(FAQ_ENTRIES, { threshold: 1.01 });
    expect(strict.answer('Un invité peut-il acheter une licence ?', 'fr').id).toBeNull();
    const lax = new FaqEngine(FAQ_ENTRIES, { threshold: 0 });
    expect(lax.answer('quel temps fait-il à Lyon avec Power BI ?', 'fr').id).not.toBeNull();
  });

  it('gives scores between 0 and 1 and the same answer every time', () => {
    const first = engine.answer('qui paie la facture ?', 'fr');
    const second = engine.answer('qui paie la facture ?', 'fr');
    expect(second).toEqual(first);
    expect(first.score).toBeGreaterThan(0);
    expect(first.score).toBeLessThanOrEqual(1);
  });

  it('works on any list of entries (no shared state between engines)', () => {
    const guestOnly: FaqEntry[] = FAQ_ENTRIES.filter((entry) => entry.id === GUEST).map((entry) => ({
      ...entry,
      related: [],
    }));
    const small = new FaqEngine(guestOnly, { suggestionCount: 1 });
    expect(small.answer('les invités peuvent-ils acheter ?', 'fr').id).toBe(GUEST);
    expect(small.entry(PAYMENT)).toBeUndefined();
    expect(small.answer('quel temps fait-il ?', 'fr').suggestions.map((s) => s.id)).toEqual([GUEST]);
    expect(engine.entry(PAYMENT)?.id).toBe(PAYMENT);
  });

  it('refuses duplicate ids', () => {
    expect(() => new FaqEngine([FAQ_ENTRIES[0], FAQ_ENTRIES[0]])).toThrow(/unique/);
  });
});
