import * as migration_20261204_015959_initial from './20261204_015959_initial';

export const migrations = [
  {
    up: migration_20261204_015959_initial.up,
    down: migration_20261204_015959_initial.down,
    name: '20261204_015959_initial'
  },
];
