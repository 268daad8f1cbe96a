import * as migration_20261125_184247_initial from './20261125_184247_initial';

export const migrations = [
  {
    up: migration_20261125_184247_initial.up,
    down: migration_20261125_184247_initial.down,
    name: '20261125_184247_initial'
  },
];
