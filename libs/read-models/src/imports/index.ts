export * from './seizure-import';
