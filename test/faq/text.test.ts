import {
  DEFAULT_LEXICON,
  SpellingCorrector,
  TextAnalyzer,
  editDistance,
  foldText,
  splitWords,
} from '../../faq/text';

describe('foldText / splitWords', () => {
  it('removes accents and ligatures, keeps letters and digits', () => {
    expect(foldText('Où l’Œuvre a-t-elle été facturée ? Ça coûte 10 €')).toBe(
      'ou l’oeuvre a-t-elle ete facturee ? ca coute 10 €',
    );
    expect(splitWords("L'administrateur, l’acheteur : self-service 2019")).toEqual([
      'l',
      'administrateur',
      'l',
      'acheteur',
      'self',
      'service',
      '2019',
    ]);
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('acheter', 'ahceter')).toBe(1);
    expect(editDistance('servise', 'service')).toBe(1);
    expect(editDistance('licence', 'licence')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('TextAnalyzer', () => {
  const analyzer = new TextAnalyzer();
  const fr = (text: string) => analyzer.analyze(text, 'fr');
  const en = (text: string) => analyzer.analyze(text, 'en');

  it('reads text with or without accents the same way', () => {
    expect(fr('Les invités peuvent-ils être facturés ?')).toEqual(
      fr('les invites peuvent ils etre factures'),
    );
    expect(fr('Où sont les données ?')).toEqual(['#where', '#data']);
  });

  it('maps licence, subscription and seat words of both languages to one concept', () => {
    const words = [
      'licence',
      'licences',
      'license',
      'abonnement',
      'abonnements',
      'subscription',
      'siège',
      'seats',
      'places',
    ];
    for (const word of words) expect(fr(word)).toEqual(['#licence']);
  });

  it('maps buying, invoicing and guest words to concepts, whatever the inflection', () => {
    for (const word of ['acheter', 'achète', 'achetées', 'achat', 'buy', 'bought', 'purchasing'])
      expect(en(word)).toEqual(['#buy']);
    for (const word of ['facture', 'facturation', 'invoice', 'invoiced', 'bill', 'billing'])
      expect(fr(word)).toEqual(['#invoice']);
    for (const word of ['invité', 'invitees', 'guest', 'guests']) expect(fr(word)).toEqual(['#guest']);
  });

  it('drops stop words of the question language and keeps content words stemmed', () => {
    expect(fr('Est-ce que je peux former mes collègues ?')).toEqual(['#training', '#user']);
    expect(en('the trainings for newcomers')).toEqual(['#training', 'newcom']);
    // "what is the point" asks why.
    expect(en('what is the point of the training')).toEqual(['#why', '#training']);
  });

  it('replaces multi-word phrases before stop words, so "mot de passe" is not "se passe"', () => {
    expect(fr('mot de passe')).toEqual(['#offtopic']);
    expect(fr('libre-service')).toEqual(['#selfservice']);
    expect(en('self service')).toEqual(['#selfservice']);
    expect(en('Power BI Pro and Power Automate')).toEqual(['#product', '#product']);
  });

  it('reads upper-case IT and US as the IT department and the United States, lower case as pronouns', () => {
    expect(en('is IT expected to support it')).toEqual(['#itdept', 'expect', '#support']);
    expect(en('is it live in the US')).toEqual(['#available', '#usa']);
  });

  it('keeps "qui"/"when" as questions at the edges of a message and drops them inside a clause', () => {
    expect(fr('qui paie ?')).toEqual(['#who', '#pay']);
    expect(fr("la personne qui a payé l'abonnement")).toEqual(['#user', '#pay', '#licence']);
    expect(fr('à partir de quand ?')).toEqual(['#when']);
  });

  it('adds a how-to-buy concept when "how" comes just before a purchase word, or just after it', () => {
    expect(en('how do I buy it')).toEqual(['#buy', '#howtobuy']);
    expect(en('why buy it')).toEqual(['#why', '#buy']);
    expect(fr("je veux m'acheter Flow, je fais comment ?")).toEqual(['#buy', 'flow', '#howtobuy']);
    expect(fr("l'achat a été annulé, on ne sait pas trop pourquoi ni comment")).not.toContain('#howtobuy');
  });

  it('keeps "what users"/"quels produits" as questions only when they open the message', () => {
    expect(en('which users can buy')).toEqual(['#who', '#buy']);
    expect(en('can our partner see what users bought')).toEqual(['#partner', '#see', '#user', '#buy']);
    expect(fr('quels produits en libre-service ?')).toEqual(['#catalog', '#selfservice']);
  });

  it('tells a manager (a boss) from managing, and "stop users from buying" from cancelling', () => {
    expect(en('does my manager have to approve')).toEqual(['#boss', '#approve']);
    expect(en('manage my subscription')).toEqual(['#manage', '#licence', '#mine']);
    expect(en('a managed tenant')).toEqual(['#manage', '#org']);
    expect(en('stop users from buying')).toEqual(['#disable', '#user', '#buy']);
    expect(en('stop my subscription')).toEqual(['#cancel', '#licence', '#mine']);
  });

  it('reads a broken product as a support case, and who to call as a contact', () => {
    expect(en('who do I call when Power BI breaks')).toEqual(['#contact', '#product', '#risk', '#support']);
    expect(fr('power bi ne marche pas, qui appeler ?')).toEqual(['#product', '#support', '#contact']);
  });

  it('reads "being billed" as paying, and a word by its language ("pays" is a country in French)', () => {
    expect(fr("c'est l'acheteur qui est facturé ?")).toEqual(['#purchaser', '#invoice', '#pay']);
    expect(fr('la facture')).toEqual(['#invoice']);
    expect(fr('dans quels pays ?')).toEqual(['#available']);
    expect(en('who pays')).toEqual(['#who', '#pay']);
  });

  it('asks who may buy in questions only: "can interns buy?"', () => {
    expect(analyzer.questionTerms('les stagiaires peuvent acheter ?', 'fr')).toEqual([
      '#user',
      '#buy',
      '#eligible',
    ]);
    expect(fr('les stagiaires peuvent acheter')).toEqual(['#user', '#buy']);
  });

  it('makes a comparison of products off-topic, but not a comparison of prices', () => {
    expect(analyzer.questionTerms('différence entre Power Apps et Power Automate', 'fr')).toEqual([
      '#offtopic',
      '#product',
    ]);
    expect(analyzer.questionTerms('est-ce moins cher que chez un partenaire ?', 'fr')).toEqual([
      '#compare',
      '#price',
      '#partner',
    ]);
  });

  it('corrects one-edit typos through the corrector, and phrases tolerate them on their own', () => {
    const vocabulary = new Map(
      ['service', 'libre', 'abonnement', 'subscription', 'quand', 'acheter'].map(
        (w) => [w, 1] as [string, number],
      ),
    );
    const corrector = new SpellingCorrector(vocabulary);
    expect(corrector.correct('servise')).toBe('service');
    expect(corrector.correct('abonement')).toBe('abonnement');
    expect(corrector.correct('subscripton')).toBe('subscription');
    expect(corrector.correct('qund')).toBe('quand');
    expect(corrector.correct('ahceter')).toBe('acheter');
    // Two edits away, too short, or already known: left alone.
    expect(corrector.correct('sevrise')).toBe('sevrise');
    expect(corrector.correct('sql')).toBe('sql');
    // A short word needs its first letter right; a long one is never a typo of a stop word.
    const withStops = new SpellingCorrector(
      new Map([
        ['flow', 1],
        ['guest', 1],
        ['machin', 1],
        ['quand', 1],
      ] as [string, number][]),
      ['flow', 'guest'],
    );
    expect(withStops.correct('slow')).toBe('slow');
    expect(withStops.correct('gest')).toBe('guest');
    expect(withStops.correct('machine')).toBe('machine');
    expect(withStops.correct('qaund')).toBe('quand');
    expect(analyzer.analyze('libre servise', 'fr', corrector)).toEqual(['#selfservice']);
    expect(analyzer.analyze('achat libre servise', 'fr')).toEqual(['#buy', '#selfservice']);
    // A short typed word gets one edit only: "for self" is not "for myself".
    expect(analyzer.analyze('rationale for self service', 'en')).toEqual(['#why', '#selfservice']);
  });

  it('turns another product into an off-topic marker unless buying or self-service is asked', () => {
    expect(analyzer.questionTerms('prix de Visio', 'fr')).toEqual(['#price', '#offtopic']);
    expect(analyzer.questionTerms('acheter Visio en libre-service', 'fr')).toEqual([
      '#buy',
      '#otherproduct',
      '#selfservice',
    ]);
  });

  it('adds context concepts: "get … licence" is buying, "my … subscription" is the purchaser\'s own', () => {
    expect(en('how to get a license')).toEqual(['#licence', '#buy', '#howtobuy']);
    expect(en('cancel my subscription')).toEqual(['#cancel', '#licence', '#mine']);
    expect(en('how do I create an app')).toEqual(['#make', '#offtopic', 'app']);
  });

  it('lists every lexicon word for the spelling vocabulary', () => {
    const words = new TextAnalyzer(DEFAULT_LEXICON).lexiconWords();
    expect(words).toEqual(expect.arrayContaining(['abonnement', 'invoice', 'libre', 'service']));
  });
});
