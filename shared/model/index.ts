// The domain model every layer shares: plans, values and their columns, projects, evaluations, and their validation.
export * from './plan';
export * from './observation';
export * from './value-columns';
export * from './project';
export * from './evaluation';
export * from './validate';
