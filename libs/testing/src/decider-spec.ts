import { DomainError, fold, type Decider } from '@greenchain/domain';

export interface DeciderThen<Event> {
  /** The command is allowed and emits exactly these events. */
  then(expected: readonly Event[]): void;
  /** The command is refused with this stable code (and, when given, the field or rule that failed). */
  thenThrows(code: string, field?: string): void;
  /** The command repeats a fact that is already true: no events. */
  thenNothing(): void;
}

/**
 * Given/when/then for a decider: `given` past events (folded with the decider's own evolve),
 * `when` a command, `then` what `decide` answers. The emitted events are also folded, so a test
 * fails if evolve cannot take what decide produced.
 */
export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command): DeciderThen<Event> {
          const decide = () => {
            const emitted = decider.decide(command, fold(decider, events));
            fold(decider, [...events, ...emitted]);
            return emitted;
          };
          return {
            then: (expected) => expect(decide()).toEqual(expected),
            thenNothing: () => expect(decide()).toEqual([]),
            thenThrows: (code, field) => {
              let caught: unknown;
              try {
                decide();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              const { code: actualCode, field: actualField, message } = caught as DomainError;
              expect({
                code: actualCode,
                ...(field === undefined ? {} : { field: actualField }),
              }).toEqual({
                code,
                ...(field === undefined ? {} : { field }),
              });
              expect(message).not.toBe('');
            },
          };
        },
      };
    },
  };
}
