// The domain model shared by the renderer, the main process and the command line.
export * from './plan';
export * from './observation';
export * from './project';
export * from './evaluation';
