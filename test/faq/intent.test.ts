import { classifyIntent, isPurchaseRequest } from '../../faq';

describe('isPurchaseRequest', () => {
  it.each([
    'je veux acheter 3 licences Power BI',
    'Je voudrais commander 2 abonnements PowerApps',
    "j'aimerais prendre une licence power bi pro",
    "j'ai besoin d'une licence Power BI",
    'il me faut 5 licences flow',
    'achète 10 licences Power BI',
    'acheter 2 sièges PowerApps',
    'peux-tu acheter une licence Power BI pour moi ?',
    'I want to buy 3 Power BI licenses',
    "I'd like to purchase PowerApps",
    'we need 4 seats of Flow',
    'buy 5 power bi pro licenses',
    'please order two PowerApps subscriptions',
    'can you buy me a Power BI license?',
  ])('"%s" is a purchase request', (text) => {
    expect(isPurchaseRequest(text)).toBe(true);
    expect(classifyIntent(text)).toBe('purchase');
  });

  it.each([
    'comment acheter une licence Power BI ?',
    'qui peut acheter en libre-service ?',
    'est-ce que je peux acheter Power BI avec une carte ?',
    'je veux savoir comment acheter une licence',
    'je ne veux pas acheter de licence',
    'pourquoi acheter Power BI ?',
    'combien coûte une licence PowerApps ?',
    'How do I buy Power BI?',
    'can I buy PowerApps if I am a guest?',
    "I don't want to buy a license",
    'who pays for a purchase?',
    'what is the price of a Power BI license',
    'tell me a joke',
    '',
  ])('"%s" is a question for the FAQ', (text) => {
    expect(isPurchaseRequest(text)).toBe(false);
    expect(classifyIntent(text)).toBe('faq');
  });
});
