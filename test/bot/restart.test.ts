import { startTestApp, type TestApp } from '../helpers/app';
import { cardText, TEAMS_USERS, TeamsConversation } from '../helpers/activities';

/** Dialog state lives in the database: a new process continues the conversation where the old one stopped. */
describe('restart mid-purchase', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.dispose());

  test('the server stops while the bot waits for the seats; a new one on the same database takes the answer', async () => {
    const anna = new TeamsConversation(app.connector.url, TEAMS_USERS.anna, 'fr-FR');
    await app.post(anna.message('acheter'));
    await app.post(anna.message('Power BI'));
    expect(cardText(app.connector.cards(anna.id).at(-1))).toContain('Combien de licences Power BI Pro ?');
    const oldUrl = app.url;

    await app.restart();
    expect(app.url).not.toBe(oldUrl);
    const before = app.connector.to(anna.id).length;
    expect((await app.post(anna.message('4'))).status).toBe(200);
    const quote = cardText(app.connector.cards(anna.id, before));
    expect(quote).toContain('Votre devis');
    expect(quote).toContain('39,96 $US');

    // And once more, at the confirmation: "oui" after a restart opens the checkout page of the new server.
    await app.restart();
    await app.post(anna.message('oui'));
    const handOff = cardText(app.connector.cards(anna.id).at(-1));
    expect(handOff).toContain('Paiement sécurisé');
    expect(handOff).toContain(`${app.url}/checkout/`);
  });

  test('stopping waits for a turn in flight, then closes the database', async () => {
    const bruno = new TeamsConversation(app.connector.url, TEAMS_USERS.bruno, 'fr-FR');
    // A slow connector keeps the turn in flight while the server is asked to stop.
    app.connector.delayMs = 300;
    const inFlight = app.post(bruno.message('acheter'));
    await app.connector.waitFor(() => app.connector.requests.some((r) => r.path.includes(bruno.id)));
    const stopped = app.stop();
    expect((await inFlight).status).toBe(200);
    await stopped;
    app.connector.delayMs = 0;
    expect(cardText(app.connector.cards(bruno.id).at(-1))).toContain('De quelle licence avez-vous besoin ?');
    // The turn saved its state before the database closed: nothing failed.
    expect(app.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    await app.restart();
  });
});
