import { startTestApp, type TestApp } from '../helpers/app';
import {
  cardText,
  findAction,
  invokeCard,
  TEAMS_USERS,
  TeamsConversation,
  type TeamsUser,
} from '../helpers/activities';
import { ADMINS, TENANTS } from './admin-fixtures';

type Node = Record<string, unknown>;

/** The policy card's choice per product (`policy.<productId>` → value). */
function policyInputs(card: unknown): Record<string, string> {
  const body = ((card as Node | null)?.body as Node[] | undefined) ?? [];
  return Object.fromEntries(
    body.filter((el) => el.type === 'Input.ChoiceSet').map((el) => [String(el.id), String(el.value)]),
  );
}

const ENABLED = {
  'policy.power-bi-pro': 'Enabled',
  'policy.powerapps-per-user': 'Enabled',
  'policy.flow-per-user': 'Enabled',
};

describe('per-product self-service policy over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  const conversation = (user: TeamsUser, locale = 'en-US', tenantId?: string) =>
    new TeamsConversation(app.connector.url, user, locale, { tenantId });
  const lastCard = (c: TeamsConversation) => app.connector.cards(c.id).at(-1);
  const lastText = (c: TeamsConversation) => app.connector.to(c.id).at(-1)?.body.text;
  const policyRows = () =>
    app.query<{ productId: string; policy: string }>(
      'SELECT "productId", policy FROM policy_settings WHERE "tenantId" = ? ORDER BY "productId"',
      [TENANTS.contoso],
    );
  const save = (admin: TeamsConversation, values: Record<string, string>) =>
    app.post(admin.execute('policy.set', { tenantId: TENANTS.contoso, ...ENABLED, ...values }));

  afterEach(async () => {
    await save(conversation(TEAMS_USERS.grace), {});
  });

  test('the policy card: typed in English and French, or from the welcome card', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    await app.post(grace.message('policy'));
    const card = lastCard(grace);
    expect(cardText(card)).toContain('Self-service purchase policy');
    expect(cardText(card)).toContain('Organisation: Contoso');
    expect(policyInputs(card)).toEqual(ENABLED);
    expect(findAction(card, 'policy.set')?.data).toEqual({ tenantId: TENANTS.contoso });

    const fr = conversation(ADMINS.bill, 'fr-FR');
    await app.post(fr.message('stratégie'));
    expect(cardText(lastCard(fr))).toContain('Règles d’achat en libre-service');
    expect(cardText(lastCard(fr))).toContain('Désactivé : demande au service informatique');

    const clicked = await app.post(grace.execute('policy.open'));
    expect(clicked.status).toBe(200);
    expect(policyInputs(invokeCard(clicked.body))).toEqual(ENABLED);
  });

  test('Disabled for Power BI: Anna’s purchase is refused with the reason and whom to ask', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const saved = await save(grace, { 'policy.power-bi-pro': 'Disabled' });
    expect(saved.status).toBe(200);
    expect(policyInputs(invokeCard(saved.body))).toMatchObject({ 'policy.power-bi-pro': 'Disabled' });
    expect(lastText(grace)).toBe('Saved. Power BI Pro: Disabled: users ask IT.');
    expect(await policyRows()).toContainEqual({ productId: 'power-bi-pro', policy: 'Disabled' });
    const [audit] = await app.query<{ data: string }>(
      `SELECT data FROM audit_log WHERE action = 'policy.updated' AND "actorId" = ? ORDER BY "createdAt" DESC LIMIT 1`,
      ['usr_contoso_grace'],
    );
    expect(JSON.parse(audit.data)).toMatchObject({ from: 'Enabled', to: 'Disabled', viaPartner: false });

    const anna = conversation(TEAMS_USERS.anna, 'fr-FR');
    await app.post(anna.message('acheter 2 Power BI'));
    const refusal = cardText(lastCard(anna));
    expect(refusal).toContain('Vos administrateurs ont désactivé l’achat en libre-service pour ce produit.');
    expect(refusal).toContain('Grace Admin');
    expect(refusal).not.toMatch(/\/checkout\//);

    const clicked = await app.post(anna.execute('purchase.selectProduct', { productId: 'power-bi-pro' }));
    expect(cardText(invokeCard(clicked.body))).toContain(
      'Vos administrateurs ont désactivé l’achat en libre-service pour ce produit.',
    );
    // Other products stay on sale.
    await app.post(anna.message('acheter 2 Flow'));
    expect(cardText(lastCard(anna))).toContain('Votre devis');
    expect(
      await app.query('SELECT id FROM subscriptions WHERE "purchaserId" = \'usr_contoso_anna\''),
    ).toEqual([]);
  });

  test('trials only: no purchase, the card offers the free trial instead', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    await save(grace, { 'policy.flow-per-user': 'OnlyTrialsWithoutPaymentMethod' });
    expect(lastText(grace)).toBe('Saved. Flow (per user): Free trials only, no payment method.');
    const anna = conversation(TEAMS_USERS.anna, 'en-US');
    await app.post(anna.message('buy 2 Flow'));
    const card = lastCard(anna);
    expect(cardText(card)).toContain('Free trial only, no payment method needed.');
    expect(findAction(card, 'trial.start')?.data).toEqual({ productId: 'flow-per-user' });
    expect(findAction(card, 'purchase.setSeats')).toBeNull();
    expect(findAction(card, 'purchase.confirm')).toBeNull();
  });

  test('saving the card unchanged changes nothing', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const before = await app.query("SELECT id FROM audit_log WHERE action = 'policy.updated'");
    await save(grace, {});
    expect(lastText(grace)).toBe('Nothing changed: these policies were already in force.');
    expect(await app.query("SELECT id FROM audit_log WHERE action = 'policy.updated'")).toHaveLength(
      before.length,
    );
  });

  test('a member can neither see nor change the policy, typed or through a forged click', async () => {
    const anna = conversation(TEAMS_USERS.anna, 'fr-FR');
    await app.post(anna.message('stratégie'));
    expect(cardText(lastCard(anna))).toContain('Vous n’êtes pas autorisé à effectuer cette action.');
    const forged = await app.post(anna.execute('policy.set', { 'policy.flow-per-user': 'Disabled' }));
    expect(forged.status).toBe(200);
    expect(cardText(invokeCard(forged.body))).toContain('Vous n’êtes pas autorisé à effectuer cette action.');
    expect((await policyRows()).filter((r) => r.policy !== 'Enabled')).toEqual([]);
  });

  test('an unknown value is refused, nothing is saved', async () => {
    const grace = conversation(TEAMS_USERS.grace);
    const answer = await save(grace, { 'policy.power-bi-pro': 'Sometimes' });
    expect(cardText(invokeCard(answer.body))).toContain('Something you entered is not valid');
    expect((await policyRows()).filter((r) => r.policy !== 'Enabled')).toEqual([]);
  });

  test('a partner with delegated rights sets a customer’s policy; the audit says it came through the partner', async () => {
    const nora = conversation(ADMINS.nora, 'en-US', TENANTS.northwind);
    await app.post(nora.message('policy for Contoso'));
    const card = lastCard(nora);
    expect(cardText(card)).toContain('Organisation: Contoso');
    const set = findAction(card, 'policy.set');
    expect(set?.data).toEqual({ tenantId: TENANTS.contoso });
    await app.post(
      nora.execute('policy.set', { ...set?.data, ...ENABLED, 'policy.powerapps-per-user': 'Disabled' }),
    );
    expect(lastText(nora)).toBe('Saved. PowerApps (per user): Disabled: users ask IT.');
    expect(await policyRows()).toContainEqual({ productId: 'powerapps-per-user', policy: 'Disabled' });
    const [audit] = await app.query<{ data: string }>(
      `SELECT data FROM audit_log WHERE action = 'policy.updated' AND "actorId" = 'usr_partner_nora'`,
    );
    expect(JSON.parse(audit.data)).toMatchObject({ to: 'Disabled', viaPartner: true });
  });
});
