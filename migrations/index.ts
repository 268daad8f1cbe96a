import * as migration_20261125_175409_initial from './20261125_175409_initial';

export const migrations = [
  {
    up: migration_20261125_175409_initial.up,
    down: migration_20261125_175409_initial.down,
    name: '20261125_175409_initial'
  },
];
