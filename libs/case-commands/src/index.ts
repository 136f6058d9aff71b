export * from './deadlines/flag-missed-deadlines';
export * from './handling/handle-command';
export * from './handling/stored-event';
export * from './imports/seizure-import';
