export * from './gateway';
export * from './pan';
export * from './card';
export * from './test-cards';
export * from './simulated-gateway';
