export * from './address-classes';
export * from './allowed-networks';
export * from './outgoing-destinations';
export * from './outgoing-policy';
export * from './outgoing-url';
export * from './pinned-post';
