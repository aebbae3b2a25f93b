export * from './strings.ts';
export * from './highlight.ts';
export * from './clock.ts';
export * from './viewModel.ts';
