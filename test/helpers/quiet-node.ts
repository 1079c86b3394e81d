import { runInThisContext } from 'node:vm';

// restify's dependencies (spdy → http-deceiver) call process.binding('http_parser') when loaded, and
// Node prints a deprecation warning. Jest gives tests a copy of `process`; the flag must be set on the
// real one, which the main context holds.
(runInThisContext('process') as { noDeprecation?: boolean }).noDeprecation = true;
