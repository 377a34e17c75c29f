import * as migration_20261204_015959_initial from './20261204_015959_initial';
import * as migration_20261204_030010_user_townships from './20261204_030010_user_townships';

export const migrations = [
  {
    up: migration_20261204_015959_initial.up,
    down: migration_20261204_015959_initial.down,
    name: '20261204_015959_initial',
  },
  {
    up: migration_20261204_030010_user_townships.up,
    down: migration_20261204_030010_user_townships.down,
    name: '20261204_030010_user_townships'
  },
];
