import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The compiled cards must find their JSON templates in dist/ (tsc copies imported JSON).
const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'node_modules/.cache/cards-build-test');

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

test('cards compile with the build config and render from the output, templates included', () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const config = path.join(OUT, 'tsconfig.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.build.json'),
      compilerOptions: {
        rootDir: ROOT,
        outDir: path.join(OUT, 'dist'),
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
      },
      include: [path.join(ROOT, 'cards')],
      exclude: [],
    }),
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { stdio: 'pipe' });
  expect(fs.readdirSync(path.join(OUT, 'dist/cards/templates'))).toContain('receipt.json');

  const script = `
    const cards = require(${JSON.stringify(path.join(OUT, 'dist/cards'))});
    const card = cards.renderWelcomeCard({ userName: 'Anna', isAdmin: true }, 'fr');
    process.stdout.write(JSON.stringify({ card, slack: cards.toSlackMessage(card) }));`;
  const { card, slack } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  expect(card.body[0].text).toBe('Bonjour Anna !');
  expect(slack.blocks[0]).toMatchObject({ type: 'header' });
}, 60_000);
