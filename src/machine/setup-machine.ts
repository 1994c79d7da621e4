/**
 * xstate's `setup()`, for building one machine. xstate's own also returns every action creator it
 * has (sendTo, raise, log, emit, spawnChild, ...) in the same object, so all of them would ship in
 * the code every first visit downloads, used or not. This builds the machine exactly as `setup`
 * does (the implementations beside the config) and keeps `setup`'s types, so guard and action
 * names are still checked against their implementations. Only `createMachine` may be called on
 * what it returns: use `assign` and the other creators from 'xstate' directly.
 */
import { createMachine, type setup } from 'xstate';

type Implementations = {
  schemas?: unknown;
  actors?: object;
  actions?: object;
  guards?: object;
  delays?: object;
};

function machineOnlySetup({ schemas, actors, actions, guards, delays }: Implementations) {
  return {
    createMachine: (config: object) =>
      createMachine({ ...config, schemas } as never, { actors, actions, guards, delays }),
  };
}

export const setupMachine = machineOnlySetup as unknown as typeof setup;
