export * from './event-types.ts';
export * from './outbox-message.entity.ts';
export * from './outbox-relay.ts';
export * from './publish-event.ts';
export * from './subscribe.ts';
