import * as migration_20261125_173801_initial from './20261125_173801_initial';

export const migrations = [
  {
    up: migration_20261125_173801_initial.up,
    down: migration_20261125_173801_initial.down,
    name: '20261125_173801_initial'
  },
];
