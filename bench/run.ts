/**
 * `npm run bench`: the cost of a purchase-dialog turn of this bot (state in SQLite) against a bare
 * botbuilder echo bot and botbuilder's multi-turn prompt sample (state in memory), each in its own
 * process on 127.0.0.1, driven over HTTP with `deliveryMode: expectReplies` by many concurrent
 * conversations. Prints requests/s, p50, p99 and the server's CPU per request, and the ratios.
 *
 * Options (environment): BENCH_SECONDS (measured seconds per server, default 10), BENCH_WARMUP_SECONDS
 * (default 3), BENCH_CONCURRENCY (conversations at once, default 32), BENCH_NODE_ARGS (extra Node options
 * for the servers, e.g. `--cpu-prof`).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ServerKind, ServerMessage } from './servers';

interface Target {
  kind: ServerKind;
  label: string;
  /** The texts one conversation sends, in a loop. */
  script: string[];
  /** Builds one activity of a conversation. */
  activity(conversationId: string, text: string): Record<string, unknown>;
}

interface Result {
  label: string;
  requests: number;
  failures: number;
  seconds: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
}

const UNUSED_SERVICE_URL = 'http://127.0.0.1:9/';

const emulatorActivity = (conversationId: string, text: string) => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'emulator',
  serviceUrl: UNUSED_SERVICE_URL,
  deliveryMode: 'expectReplies',
  from: { id: `user-${conversationId}`, name: 'User' },
  recipient: { id: 'bot', name: 'Bot' },
  conversation: { id: conversationId },
  locale: 'en-US',
  text,
});

/** Anna (Contoso, a demo user who may buy) in a personal Teams chat, as in the fixtures. */
const teamsActivity = (conversationId: string, text: string) => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: UNUSED_SERVICE_URL,
  deliveryMode: 'expectReplies',
  from: {
    id: `29:${conversationId}`,
    name: 'Anna Martin',
    aadObjectId: 'cc2f643d-dbb7-40af-b2c7-94bce7feddbf',
  },
  recipient: { id: '28:255a5e0a-e0e0-44c0-b3cd-e94fb1d06382', name: 'Licences Power Platform' },
  conversation: {
    id: `a:${conversationId}`,
    conversationType: 'personal',
    tenantId: '757ce249-7b18-4ba2-84f9-10a52f4e6464',
  },
  channelData: { tenant: { id: '757ce249-7b18-4ba2-84f9-10a52f4e6464' } },
  locale: 'fr-FR',
  text,
});

const TARGETS: Target[] = [
  { kind: 'echo', label: 'botbuilder echo bot (yardstick)', script: ['hello'], activity: emulatorActivity },
  {
    kind: 'sample',
    label: 'botbuilder multi-turn prompt sample, MemoryStorage',
    script: ['hi', 'Car', 'Anna', '30', 'yes'],
    activity: emulatorActivity,
  },
  {
    // Each turn is a step of the purchase dialog: offers, eligibility and price per step, state in SQLite.
    kind: 'bot',
    label: 'this bot, purchase dialog, state in SQLite',
    script: ['acheter', 'Power BI', '3'],
    activity: teamsActivity,
  },
];

function seconds(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function startServer(kind: ServerKind): Promise<{ child: ChildProcess; port: number }> {
  // restify's dependencies print a deprecation warning when loaded: not the benchmark's business.
  const execArgv = ['--no-deprecation', ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = fork(join(__dirname, 'servers.js'), [kind], {
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code})`)));
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'ready' && message.port) resolve({ child, port: message.port });
    });
  });
}

function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: ServerMessage) => {
      if (message.type !== 'cpu' || !message.cpu) return;
      child.off('message', onMessage);
      resolve((message.cpu.user + message.cpu.system) / 1000);
    };
    child.on('message', onMessage);
    child.send({ type: 'cpu' });
  });
}

function post(agent: Agent, port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs `concurrency` conversations, each sending its script in a loop, for `durationMs`; returns latencies (ms). */
async function drive(target: Target, port: number, concurrency: number, durationMs: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + durationMs;
  const conversation = async () => {
    const id = randomUUID();
    for (let turn = 0; Date.now() < deadline; turn++) {
      const body = JSON.stringify(target.activity(id, target.script[turn % target.script.length]));
      const started = process.hrtime.bigint();
      const answer = await post(agent, port, body);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      const replies =
        answer.status === 200
          ? (JSON.parse(answer.body) as { activities?: unknown[] }).activities
          : undefined;
      if (!replies?.length || /Sorry|Désolé/.test(answer.body)) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, conversation));
  agent.destroy();
  return { latencies, failures };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(
  target: Target,
  concurrency: number,
  warmupMs: number,
  durationMs: number,
): Promise<Result> {
  const { child, port } = await startServer(target.kind);
  try {
    await drive(target, port, concurrency, warmupMs);
    const cpuBefore = await cpuOf(child);
    const started = Date.now();
    const { latencies, failures } = await drive(target, port, concurrency, durationMs);
    const elapsed = (Date.now() - started) / 1000;
    const cpuAfter = await cpuOf(child);
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      label: target.label,
      requests: latencies.length,
      failures,
      seconds: elapsed,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      cpuMsPerRequest: (cpuAfter - cpuBefore) / Math.max(1, latencies.length),
    };
  } finally {
    child.removeAllListeners('exit');
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

function print(results: Result[]): void {
  const rows = results.map((r) => [
    r.label,
    String(r.requests),
    (r.requests / r.seconds).toFixed(0),
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    r.cpuMsPerRequest.toFixed(3),
    String(r.failures),
  ]);
  const header = ['server', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'failed'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n\n`);
  const [echo, sample, bot] = results;
  const ratio = (a: Result, b: Result) => (a.cpuMsPerRequest / b.cpuMsPerRequest).toFixed(2);
  process.stdout.write(
    `CPU per request, relative to the echo bot: sample ${ratio(sample, echo)}×, this bot ${ratio(bot, echo)}×\n` +
      `CPU per request, this bot relative to the sample: ${ratio(bot, sample)}× (goal: at most 1×)\n`,
  );
}

async function main(): Promise<void> {
  const concurrency = Math.round(seconds('BENCH_CONCURRENCY', 32));
  const warmupMs = seconds('BENCH_WARMUP_SECONDS', 3) * 1000;
  const durationMs = seconds('BENCH_SECONDS', 10) * 1000;
  process.stdout.write(
    `Bot turns over HTTP on 127.0.0.1, deliveryMode expectReplies, ${concurrency} concurrent conversations, ` +
      `${durationMs / 1000} s per server after ${warmupMs / 1000} s of warm-up.\n\n`,
  );
  const results: Result[] = [];
  for (const target of TARGETS) results.push(await measure(target, concurrency, warmupMs, durationMs));
  print(results);

  // The FAQ engine's own benchmark, when that module is built.
  const faqBench = join(__dirname, 'faq.js');
  if (existsSync(faqBench)) {
    const { runFaqBench } = (await import(faqBench)) as { runFaqBench?: () => Promise<unknown> };
    if (typeof runFaqBench === 'function') {
      process.stdout.write('\n');
      await runFaqBench();
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
