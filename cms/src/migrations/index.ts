import * as migration_20261123_012937_initial from './20261123_012937_initial';
import * as migration_20261123_015716_review_workflow from './20261123_015716_review_workflow';
import * as migration_20261123_023158_site_builds from './20261123_023158_site_builds';
import * as migration_20261123_081852_daily_rebuild from './20261123_081852_daily_rebuild';
import * as migration_20261123_083150_screens from './20261123_083150_screens';
import * as migration_20261123_160052_build_warnings from './20261123_160052_build_warnings';
import * as migration_20261123_162705_login_throttle from './20261123_162705_login_throttle';
import * as migration_20261123_162909_build_runner from './20261123_162909_build_runner';
import * as migration_20261124_015726_selection_batches from './20261124_015726_selection_batches';
import * as migration_20261124_022831_imports from './20261124_022831_imports';
import * as migration_20261124_024339_screen_days from './20261124_024339_screen_days';
import * as migration_20261124_031645_import_runner from './20261124_031645_import_runner';
import * as migration_20261124_031957_policy_expires_on from './20261124_031957_policy_expires_on';
import * as migration_20261124_060420_notices from './20261124_060420_notices';
import * as migration_20261124_063559_grids from './20261124_063559_grids';
import * as migration_20261124_064722_points_boards from './20261124_064722_points_boards';
import * as migration_20261124_094522_upload_prefix from './20261124_094522_upload_prefix';
import * as migration_20261203_081843_job_concurrency from './20261203_081843_job_concurrency';
import * as migration_20261203_145734_build_withheld from './20261203_145734_build_withheld';
import * as migration_20261203_153322_approval_drafts from './20261203_153322_approval_drafts';
import * as migration_20261203_191914_points_board_title from './20261203_191914_points_board_title';
import * as migration_20261204_030005_user_townships from './20261204_030005_user_townships';

export const migrations = [
  {
    up: migration_20261123_012937_initial.up,
    down: migration_20261123_012937_initial.down,
    name: '20261123_012937_initial',
  },
  {
    up: migration_20261123_015716_review_workflow.up,
    down: migration_20261123_015716_review_workflow.down,
    name: '20261123_015716_review_workflow',
  },
  {
    up: migration_20261123_023158_site_builds.up,
    down: migration_20261123_023158_site_builds.down,
    name: '20261123_023158_site_builds',
  },
  {
    up: migration_20261123_081852_daily_rebuild.up,
    down: migration_20261123_081852_daily_rebuild.down,
    name: '20261123_081852_daily_rebuild',
  },
  {
    up: migration_20261123_083150_screens.up,
    down: migration_20261123_083150_screens.down,
    name: '20261123_083150_screens',
  },
  {
    up: migration_20261123_160052_build_warnings.up,
    down: migration_20261123_160052_build_warnings.down,
    name: '20261123_160052_build_warnings',
  },
  {
    up: migration_20261123_162705_login_throttle.up,
    down: migration_20261123_162705_login_throttle.down,
    name: '20261123_162705_login_throttle',
  },
  {
    up: migration_20261123_162909_build_runner.up,
    down: migration_20261123_162909_build_runner.down,
    name: '20261123_162909_build_runner',
  },
  {
    up: migration_20261124_015726_selection_batches.up,
    down: migration_20261124_015726_selection_batches.down,
    name: '20261124_015726_selection_batches',
  },
  {
    up: migration_20261124_022831_imports.up,
    down: migration_20261124_022831_imports.down,
    name: '20261124_022831_imports',
  },
  {
    up: migration_20261124_024339_screen_days.up,
    down: migration_20261124_024339_screen_days.down,
    name: '20261124_024339_screen_days',
  },
  {
    up: migration_20261124_031645_import_runner.up,
    down: migration_20261124_031645_import_runner.down,
    name: '20261124_031645_import_runner',
  },
  {
    up: migration_20261124_031957_policy_expires_on.up,
    down: migration_20261124_031957_policy_expires_on.down,
    name: '20261124_031957_policy_expires_on',
  },
  {
    up: migration_20261124_060420_notices.up,
    down: migration_20261124_060420_notices.down,
    name: '20261124_060420_notices',
  },
  {
    up: migration_20261124_063559_grids.up,
    down: migration_20261124_063559_grids.down,
    name: '20261124_063559_grids',
  },
  {
    up: migration_20261124_064722_points_boards.up,
    down: migration_20261124_064722_points_boards.down,
    name: '20261124_064722_points_boards',
  },
  {
    up: migration_20261124_094522_upload_prefix.up,
    down: migration_20261124_094522_upload_prefix.down,
    name: '20261124_094522_upload_prefix',
  },
  {
    up: migration_20261203_081843_job_concurrency.up,
    down: migration_20261203_081843_job_concurrency.down,
    name: '20261203_081843_job_concurrency',
  },
  {
    up: migration_20261203_145734_build_withheld.up,
    down: migration_20261203_145734_build_withheld.down,
    name: '20261203_145734_build_withheld',
  },
  {
    up: migration_20261203_153322_approval_drafts.up,
    down: migration_20261203_153322_approval_drafts.down,
    name: '20261203_153322_approval_drafts',
  },
  {
    up: migration_20261203_191914_points_board_title.up,
    down: migration_20261203_191914_points_board_title.down,
    name: '20261203_191914_points_board_title',
  },
  {
    up: migration_20261204_030005_user_townships.up,
    down: migration_20261204_030005_user_townships.down,
    name: '20261204_030005_user_townships'
  },
];
