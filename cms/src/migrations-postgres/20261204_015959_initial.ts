import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_role_models_honours_level" AS ENUM('village', 'township', 'county', 'city', 'province', 'national');
  CREATE TYPE "public"."enum_role_models_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_role_models_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_role_models_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_role_models_subject_type" AS ENUM('person', 'household', 'group');
  CREATE TYPE "public"."enum_role_models_category" AS ENUM('pioneer-party-member', 'filial-daughter-in-law', 'aspiring-youth', 'exemplary-family', 'prosperity-leader', 'good-neighbour', 'helping-others');
  CREATE TYPE "public"."enum_role_models_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_role_models_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__role_models_v_version_honours_level" AS ENUM('village', 'township', 'county', 'city', 'province', 'national');
  CREATE TYPE "public"."enum__role_models_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__role_models_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__role_models_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__role_models_v_version_subject_type" AS ENUM('person', 'household', 'group');
  CREATE TYPE "public"."enum__role_models_v_version_category" AS ENUM('pioneer-party-member', 'filial-daughter-in-law', 'aspiring-youth', 'exemplary-family', 'prosperity-leader', 'good-neighbour', 'helping-others');
  CREATE TYPE "public"."enum__role_models_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__role_models_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_lecture_series_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_lecture_series_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_lecture_series_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_lecture_series_kind" AS ENUM('law', 'morality', 'other');
  CREATE TYPE "public"."enum_lecture_series_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_lecture_series_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lecture_series_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__lecture_series_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__lecture_series_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__lecture_series_v_version_kind" AS ENUM('law', 'morality', 'other');
  CREATE TYPE "public"."enum__lecture_series_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__lecture_series_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_lecture_sessions_running_order_step" AS ENUM('reflect', 'sing', 'learn-from-model', 'recite', 'share', 'blessing');
  CREATE TYPE "public"."enum_lecture_sessions_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_lecture_sessions_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_lecture_sessions_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_lecture_sessions_session_status" AS ENUM('planned', 'held', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum_lecture_sessions_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_lecture_sessions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lecture_sessions_v_version_running_order_step" AS ENUM('reflect', 'sing', 'learn-from-model', 'recite', 'share', 'blessing');
  CREATE TYPE "public"."enum__lecture_sessions_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__lecture_sessions_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__lecture_sessions_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__lecture_sessions_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__lecture_sessions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policy_explainers_forms" AS ENUM('text', 'graphic', 'video', 'audio', 'qa');
  CREATE TYPE "public"."enum_policy_explainers_topics" AS ENUM('pension', 'medical-insurance', 'land', 'subsidy', 'safety', 'election', 'social-assistance', 'education', 'employment', 'housing');
  CREATE TYPE "public"."enum_policy_explainers_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_policy_explainers_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_policy_explainers_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_policy_explainers_policy_validity" AS ENUM('current', 'expired', 'superseded');
  CREATE TYPE "public"."enum_policy_explainers_origin" AS ENUM('original', 'reprinted');
  CREATE TYPE "public"."enum_policy_explainers_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_policy_explainers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_explainers_v_version_forms" AS ENUM('text', 'graphic', 'video', 'audio', 'qa');
  CREATE TYPE "public"."enum__policy_explainers_v_version_topics" AS ENUM('pension', 'medical-insurance', 'land', 'subsidy', 'safety', 'election', 'social-assistance', 'education', 'employment', 'housing');
  CREATE TYPE "public"."enum__policy_explainers_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__policy_explainers_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__policy_explainers_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__policy_explainers_v_version_policy_validity" AS ENUM('current', 'expired', 'superseded');
  CREATE TYPE "public"."enum__policy_explainers_v_version_origin" AS ENUM('original', 'reprinted');
  CREATE TYPE "public"."enum__policy_explainers_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__policy_explainers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_village_rules_areas" AS ENUM('daily-conduct', 'public-order', 'residents-rights', 'dispute-mediation', 'customs');
  CREATE TYPE "public"."enum_village_rules_adoption_steps_kind" AS ENUM('collect-opinions', 'draft', 'legal-review', 'public-consultation', 'vote', 'filing', 'publication', 'revision');
  CREATE TYPE "public"."enum_village_rules_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_village_rules_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_village_rules_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_village_rules_rules_status" AS ENUM('draft', 'consultation', 'township-review', 'voted', 'filed', 'in-force', 'repealed');
  CREATE TYPE "public"."enum_village_rules_vote_meeting_type" AS ENUM('assembly', 'representatives');
  CREATE TYPE "public"."enum_village_rules_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_village_rules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__village_rules_v_version_areas" AS ENUM('daily-conduct', 'public-order', 'residents-rights', 'dispute-mediation', 'customs');
  CREATE TYPE "public"."enum__village_rules_v_version_adoption_steps_kind" AS ENUM('collect-opinions', 'draft', 'legal-review', 'public-consultation', 'vote', 'filing', 'publication', 'revision');
  CREATE TYPE "public"."enum__village_rules_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__village_rules_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__village_rules_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__village_rules_v_version_vote_meeting_type" AS ENUM('assembly', 'representatives');
  CREATE TYPE "public"."enum__village_rules_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__village_rules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_selection_batches_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_selection_batches_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_selection_batches_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_selection_batches_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_selection_batches_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__selection_batches_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__selection_batches_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__selection_batches_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__selection_batches_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__selection_batches_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_notices_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_notices_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_notices_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_notices_kind" AS ENUM('notice', 'announcement', 'appeal');
  CREATE TYPE "public"."enum_notices_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__notices_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__notices_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__notices_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__notices_v_version_kind" AS ENUM('notice', 'announcement', 'appeal');
  CREATE TYPE "public"."enum__notices_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_grids_workers_role" AS ENUM('grid-leader', 'grid-worker', 'village-cadre', 'police');
  CREATE TYPE "public"."enum_grids_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_grids_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_grids_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_grids_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_grids_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__grids_v_version_workers_role" AS ENUM('grid-leader', 'grid-worker', 'village-cadre', 'police');
  CREATE TYPE "public"."enum__grids_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__grids_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__grids_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__grids_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__grids_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_points_boards_black_list_category" AS ENUM('clutter', 'littering', 'extravagant-ceremony', 'unleashed-dog', 'public-property', 'neglecting-elders', 'burning');
  CREATE TYPE "public"."enum_points_boards_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum_points_boards_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_points_boards_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_points_boards_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum_points_boards_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__points_boards_v_version_black_list_category" AS ENUM('clutter', 'littering', 'extravagant-ceremony', 'unleashed-dog', 'public-property', 'neglecting-elders', 'burning');
  CREATE TYPE "public"."enum__points_boards_v_version_review_history_action" AS ENUM('submit', 'review', 'approve', 'return', 'publish');
  CREATE TYPE "public"."enum__points_boards_v_version_review_history_from" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__points_boards_v_version_review_history_to" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__points_boards_v_version_review_state" AS ENUM('draft', 'submitted', 'reviewed', 'scheduled', 'published', 'returned');
  CREATE TYPE "public"."enum__points_boards_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_villages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__villages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_screens_hours_weekday" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum_screens_dayparts_sections" AS ENUM('roleModels', 'lectures', 'policies', 'rules');
  CREATE TYPE "public"."enum_screens_orientation" AS ENUM('landscape', 'portrait');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'township-editor', 'township-reviewer', 'leader', 'village-officer');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'failed', 'interrupted');
  CREATE TYPE "public"."enum_imports_kind" AS ENUM('role-models', 'lecture-sessions');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishApproved', 'publishSite', 'importRows');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishApproved', 'publishSite', 'importRows');
  CREATE TYPE "public"."enum_site_settings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_settings_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "role_models_honours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"awarded_by" varchar,
  	"awarded_on" timestamp(3) with time zone,
  	"level" "enum_role_models_honours_level"
  );
  
  CREATE TABLE "role_models_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_role_models_review_history_action",
  	"from" "enum_role_models_review_history_from",
  	"to" "enum_role_models_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "role_models" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_type" "enum_role_models_subject_type" DEFAULT 'person',
  	"category" "enum_role_models_category",
  	"name" varchar,
  	"summary" varchar,
  	"portrait_id" integer,
  	"story" jsonb,
  	"batch_id" integer,
  	"contact_phone" varchar,
  	"contact_id_number" varchar,
  	"contact_address" varchar,
  	"consent_scope" varchar,
  	"consent_signer" varchar,
  	"consent_guardian" varchar,
  	"consent_signed_on" timestamp(3) with time zone,
  	"consent_withdrawn_on" timestamp(3) with time zone,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"featured_on_home" boolean DEFAULT false,
  	"featured_on_kiosk" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_role_models_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_role_models_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "role_models_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_role_models_v_version_honours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"awarded_by" varchar,
  	"awarded_on" timestamp(3) with time zone,
  	"level" "enum__role_models_v_version_honours_level",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_role_models_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__role_models_v_version_review_history_action",
  	"from" "enum__role_models_v_version_review_history_from",
  	"to" "enum__role_models_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_role_models_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_subject_type" "enum__role_models_v_version_subject_type" DEFAULT 'person',
  	"version_category" "enum__role_models_v_version_category",
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_portrait_id" integer,
  	"version_story" jsonb,
  	"version_batch_id" integer,
  	"version_contact_phone" varchar,
  	"version_contact_id_number" varchar,
  	"version_contact_address" varchar,
  	"version_consent_scope" varchar,
  	"version_consent_signer" varchar,
  	"version_consent_guardian" varchar,
  	"version_consent_signed_on" timestamp(3) with time zone,
  	"version_consent_withdrawn_on" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_featured_on_home" boolean DEFAULT false,
  	"version_featured_on_kiosk" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__role_models_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__role_models_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_role_models_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "lecture_series_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_lecture_series_review_history_action",
  	"from" "enum_lecture_series_review_history_from",
  	"to" "enum_lecture_series_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "lecture_series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_lecture_series_kind",
  	"slogan" varchar,
  	"organiser" varchar,
  	"description" varchar,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_lecture_series_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lecture_series_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_lecture_series_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__lecture_series_v_version_review_history_action",
  	"from" "enum__lecture_series_v_version_review_history_from",
  	"to" "enum__lecture_series_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lecture_series_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__lecture_series_v_version_kind",
  	"version_slogan" varchar,
  	"version_organiser" varchar,
  	"version_description" varchar,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__lecture_series_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lecture_series_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "lecture_sessions_running_order" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" "enum_lecture_sessions_running_order_step",
  	"note" varchar
  );
  
  CREATE TABLE "lecture_sessions_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_lecture_sessions_review_history_action",
  	"from" "enum_lecture_sessions_review_history_from",
  	"to" "enum_lecture_sessions_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "lecture_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"series_id" integer,
  	"speaker_name" varchar,
  	"speaker_unit" varchar,
  	"speaker_title" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"venue" varchar,
  	"status" "enum_lecture_sessions_session_status" DEFAULT 'planned',
  	"audience" varchar,
  	"summary" varchar,
  	"sign_up_note" varchar,
  	"recap_text" jsonb,
  	"recap_attendance" numeric,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_lecture_sessions_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lecture_sessions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "lecture_sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"role_models_id" integer,
  	"policy_explainers_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_lecture_sessions_v_version_running_order" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" "enum__lecture_sessions_v_version_running_order_step",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lecture_sessions_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__lecture_sessions_v_version_review_history_action",
  	"from" "enum__lecture_sessions_v_version_review_history_from",
  	"to" "enum__lecture_sessions_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lecture_sessions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_series_id" integer,
  	"version_speaker_name" varchar,
  	"version_speaker_unit" varchar,
  	"version_speaker_title" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_venue" varchar,
  	"version_status" "enum_lecture_sessions_session_status" DEFAULT 'planned',
  	"version_audience" varchar,
  	"version_summary" varchar,
  	"version_sign_up_note" varchar,
  	"version_recap_text" jsonb,
  	"version_recap_attendance" numeric,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__lecture_sessions_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lecture_sessions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_lecture_sessions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"role_models_id" integer,
  	"policy_explainers_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "policy_explainers_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policy_explainers_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_explainers_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policy_explainers_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_explainers_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policy_explainers_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "policy_explainers_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_policy_explainers_review_history_action",
  	"from" "enum_policy_explainers_review_history_from",
  	"to" "enum_policy_explainers_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "policy_explainers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"policy_title" varchar,
  	"policy_document_number" varchar,
  	"policy_issuing_body" varchar,
  	"policy_issued_on" timestamp(3) with time zone,
  	"policy_effective_on" timestamp(3) with time zone,
  	"policy_expires_on" timestamp(3) with time zone,
  	"policy_validity" "enum_policy_explainers_policy_validity" DEFAULT 'current',
  	"policy_index_number" varchar,
  	"policy_original_url" varchar,
  	"origin" "enum_policy_explainers_origin" DEFAULT 'original',
  	"reprint_source" varchar,
  	"background" jsonb,
  	"main_content" jsonb,
  	"applies_to" varchar,
  	"changes" varchar,
  	"how_to_act_office" varchar,
  	"how_to_act_conditions" varchar,
  	"how_to_act_materials" varchar,
  	"how_to_act_steps" varchar,
  	"how_to_act_deadline" varchar,
  	"graphic_id" integer,
  	"superseded_by_id" integer,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_policy_explainers_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_explainers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_explainers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_explainers_id" integer
  );
  
  CREATE TABLE "_policy_explainers_v_version_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policy_explainers_v_version_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policy_explainers_v_version_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policy_explainers_v_version_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policy_explainers_v_version_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_explainers_v_version_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_explainers_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__policy_explainers_v_version_review_history_action",
  	"from" "enum__policy_explainers_v_version_review_history_from",
  	"to" "enum__policy_explainers_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_explainers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_policy_title" varchar,
  	"version_policy_document_number" varchar,
  	"version_policy_issuing_body" varchar,
  	"version_policy_issued_on" timestamp(3) with time zone,
  	"version_policy_effective_on" timestamp(3) with time zone,
  	"version_policy_expires_on" timestamp(3) with time zone,
  	"version_policy_validity" "enum__policy_explainers_v_version_policy_validity" DEFAULT 'current',
  	"version_policy_index_number" varchar,
  	"version_policy_original_url" varchar,
  	"version_origin" "enum__policy_explainers_v_version_origin" DEFAULT 'original',
  	"version_reprint_source" varchar,
  	"version_background" jsonb,
  	"version_main_content" jsonb,
  	"version_applies_to" varchar,
  	"version_changes" varchar,
  	"version_how_to_act_office" varchar,
  	"version_how_to_act_conditions" varchar,
  	"version_how_to_act_materials" varchar,
  	"version_how_to_act_steps" varchar,
  	"version_how_to_act_deadline" varchar,
  	"version_graphic_id" integer,
  	"version_superseded_by_id" integer,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__policy_explainers_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_explainers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_policy_explainers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_explainers_id" integer
  );
  
  CREATE TABLE "village_rules_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_village_rules_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "village_rules_chapters_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"text" varchar
  );
  
  CREATE TABLE "village_rules_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "village_rules_adoption_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_village_rules_adoption_steps_kind",
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "village_rules_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_village_rules_review_history_action",
  	"from" "enum_village_rules_review_history_from",
  	"to" "enum_village_rules_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "village_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"version_label" varchar,
  	"status" "enum_village_rules_rules_status" DEFAULT 'draft',
  	"preamble" varchar,
  	"short_version" varchar,
  	"vote_meeting_type" "enum_village_rules_vote_meeting_type",
  	"vote_date" timestamp(3) with time zone,
  	"vote_eligible" numeric,
  	"vote_present" numeric,
  	"vote_for" numeric,
  	"vote_against" numeric,
  	"vote_abstain" numeric,
  	"supersedes_id" integer,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_village_rules_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_village_rules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_village_rules_v_version_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__village_rules_v_version_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_village_rules_v_version_chapters_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_village_rules_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_village_rules_v_version_adoption_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__village_rules_v_version_adoption_steps_kind",
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_village_rules_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__village_rules_v_version_review_history_action",
  	"from" "enum__village_rules_v_version_review_history_from",
  	"to" "enum__village_rules_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_village_rules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_version_label" varchar,
  	"version_status" "enum_village_rules_rules_status" DEFAULT 'draft',
  	"version_preamble" varchar,
  	"version_short_version" varchar,
  	"version_vote_meeting_type" "enum__village_rules_v_version_vote_meeting_type",
  	"version_vote_date" timestamp(3) with time zone,
  	"version_vote_eligible" numeric,
  	"version_vote_present" numeric,
  	"version_vote_for" numeric,
  	"version_vote_against" numeric,
  	"version_vote_abstain" numeric,
  	"version_supersedes_id" integer,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__village_rules_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__village_rules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "selection_batches_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_selection_batches_review_history_action",
  	"from" "enum_selection_batches_review_history_from",
  	"to" "enum_selection_batches_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "selection_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"announced_on" timestamp(3) with time zone,
  	"issued_by" varchar,
  	"intro" varchar,
  	"notice_starts_on" timestamp(3) with time zone,
  	"notice_ends_on" timestamp(3) with time zone,
  	"notice_objections_to" varchar,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"featured_on_kiosk" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_selection_batches_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_selection_batches_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_selection_batches_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__selection_batches_v_version_review_history_action",
  	"from" "enum__selection_batches_v_version_review_history_from",
  	"to" "enum__selection_batches_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_selection_batches_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_announced_on" timestamp(3) with time zone,
  	"version_issued_by" varchar,
  	"version_intro" varchar,
  	"version_notice_starts_on" timestamp(3) with time zone,
  	"version_notice_ends_on" timestamp(3) with time zone,
  	"version_notice_objections_to" varchar,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_featured_on_kiosk" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__selection_batches_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__selection_batches_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "notices_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_notices_review_history_action",
  	"from" "enum_notices_review_history_from",
  	"to" "enum_notices_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_notices_kind" DEFAULT 'notice',
  	"issued_by" varchar,
  	"body" jsonb,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"attachment_id" integer,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"urgent" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_notices_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_notices_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__notices_v_version_review_history_action",
  	"from" "enum__notices_v_version_review_history_from",
  	"to" "enum__notices_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__notices_v_version_kind" DEFAULT 'notice',
  	"version_issued_by" varchar,
  	"version_body" jsonb,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_attachment_id" integer,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_urgent" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__notices_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "grids_workers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_grids_workers_role" DEFAULT 'grid-worker',
  	"photo_id" integer,
  	"work_phone" varchar,
  	"phone_public" boolean DEFAULT false,
  	"phone_consent_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "grids_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_grids_review_history_action",
  	"from" "enum_grids_review_history_from",
  	"to" "enum_grids_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "grids" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"area" varchar,
  	"households" numeric,
  	"raise_matter_link" varchar,
  	"slug" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_grids_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_grids_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_grids_v_version_workers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum__grids_v_version_workers_role" DEFAULT 'grid-worker',
  	"photo_id" integer,
  	"work_phone" varchar,
  	"phone_public" boolean DEFAULT false,
  	"phone_consent_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_grids_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__grids_v_version_review_history_action",
  	"from" "enum__grids_v_version_review_history_from",
  	"to" "enum__grids_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_grids_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_area" varchar,
  	"version_households" numeric,
  	"version_raise_matter_link" varchar,
  	"version_slug" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__grids_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__grids_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "points_boards_red_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"household" varchar,
  	"group" varchar,
  	"points" numeric,
  	"deeds" varchar,
  	"article" numeric,
  	"named" boolean DEFAULT false,
  	"named_consent_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "points_boards_black_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_points_boards_black_list_category",
  	"households" numeric,
  	"article" numeric
  );
  
  CREATE TABLE "points_boards_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_points_boards_review_history_action",
  	"from" "enum_points_boards_review_history_from",
  	"to" "enum_points_boards_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "points_boards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"month" timestamp(3) with time zone,
  	"slug" varchar,
  	"title" varchar,
  	"rules_id" integer,
  	"intro" varchar,
  	"village_id" integer,
  	"township_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"review_state" "enum_points_boards_review_state" DEFAULT 'draft',
  	"publish_at" timestamp(3) with time zone,
  	"flagged_words_check" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_points_boards_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_points_boards_v_version_red_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"household" varchar,
  	"group" varchar,
  	"points" numeric,
  	"deeds" varchar,
  	"article" numeric,
  	"named" boolean DEFAULT false,
  	"named_consent_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_points_boards_v_version_black_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum__points_boards_v_version_black_list_category",
  	"households" numeric,
  	"article" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_points_boards_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__points_boards_v_version_review_history_action",
  	"from" "enum__points_boards_v_version_review_history_from",
  	"to" "enum__points_boards_v_version_review_history_to",
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_points_boards_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_month" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_title" varchar,
  	"version_rules_id" integer,
  	"version_intro" varchar,
  	"version_village_id" integer,
  	"version_township_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_state" "enum__points_boards_v_version_review_state" DEFAULT 'draft',
  	"version_publish_at" timestamp(3) with time zone,
  	"version_flagged_words_check" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__points_boards_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"prefix" varchar DEFAULT 'media',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"prefix" varchar DEFAULT 'files',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "townships" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"intro" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "villages_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"approved_by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "villages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"township_id" integer,
  	"intro" varchar,
  	"service_centre" varchar,
  	"changed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_villages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_villages_v_version_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"approved_by_id" integer,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_villages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_township_id" integer,
  	"version_intro" varchar,
  	"version_service_centre" varchar,
  	"version_changed_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__villages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "screens_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_screens_hours_weekday" NOT NULL,
  	"on" varchar DEFAULT '08:00' NOT NULL,
  	"off" varchar DEFAULT '18:00' NOT NULL
  );
  
  CREATE TABLE "screens_dayparts_sections" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_screens_dayparts_sections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screens_dayparts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "screens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"village_id" integer NOT NULL,
  	"township_id" integer NOT NULL,
  	"slug" varchar,
  	"orientation" "enum_screens_orientation" DEFAULT 'landscape' NOT NULL,
  	"slide_seconds" numeric DEFAULT 12 NOT NULL,
  	"idle_seconds" numeric DEFAULT 90 NOT NULL,
  	"key" varchar,
  	"last_seen_at" timestamp(3) with time zone,
  	"build_id" varchar,
  	"uptime_seconds" numeric,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "screens_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"role_models_id" integer,
  	"policy_explainers_id" integer
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"villages_id" integer
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"trigger" varchar,
  	"runner" varchar,
  	"build_id" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"pages" numeric,
  	"error" varchar,
  	"warnings" varchar,
  	"withheld" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_imports_kind" NOT NULL,
  	"file_name" varchar,
  	"status" "enum_imports_status" DEFAULT 'queued' NOT NULL,
  	"runner" varchar,
  	"submit" boolean,
  	"done" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"results" jsonb,
  	"error" varchar,
  	"created_by_id" integer,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "screen_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"screen_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"reports" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"role_models_id" integer,
  	"lecture_series_id" integer,
  	"lecture_sessions_id" integer,
  	"policy_explainers_id" integer,
  	"village_rules_id" integer,
  	"selection_batches_id" integer,
  	"notices_id" integer,
  	"grids_id" integer,
  	"points_boards_id" integer,
  	"media_id" integer,
  	"attachments_id" integer,
  	"townships_id" integer,
  	"villages_id" integer,
  	"screens_id" integer,
  	"users_id" integer,
  	"site_builds_id" integer,
  	"imports_id" integer,
  	"screen_days_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_flagged_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar,
  	"hint" varchar
  );
  
  CREATE TABLE "site_settings_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"approved_by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT '乡风',
  	"icp_number" varchar,
  	"public_security_number" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"changed_by_id" integer,
  	"_status" "enum_site_settings_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_site_settings_v_version_flagged_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" varchar,
  	"hint" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_settings_v_version_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"approved_by_id" integer,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_site_name" varchar DEFAULT '乡风',
  	"version_icp_number" varchar,
  	"version_public_security_number" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_address" varchar,
  	"version_changed_by_id" integer,
  	"version__status" "enum__site_settings_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "role_models_honours" ADD CONSTRAINT "role_models_honours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "role_models_review_history" ADD CONSTRAINT "role_models_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "role_models_review_history" ADD CONSTRAINT "role_models_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "role_models" ADD CONSTRAINT "role_models_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "role_models" ADD CONSTRAINT "role_models_batch_id_selection_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."selection_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "role_models" ADD CONSTRAINT "role_models_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "role_models" ADD CONSTRAINT "role_models_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "role_models_rels" ADD CONSTRAINT "role_models_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "role_models_rels" ADD CONSTRAINT "role_models_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_role_models_v_version_honours" ADD CONSTRAINT "_role_models_v_version_honours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_role_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_role_models_v_version_review_history" ADD CONSTRAINT "_role_models_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_role_models_v_version_review_history" ADD CONSTRAINT "_role_models_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_role_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_role_models_v" ADD CONSTRAINT "_role_models_v_parent_id_role_models_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."role_models"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_role_models_v" ADD CONSTRAINT "_role_models_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_role_models_v" ADD CONSTRAINT "_role_models_v_version_batch_id_selection_batches_id_fk" FOREIGN KEY ("version_batch_id") REFERENCES "public"."selection_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_role_models_v" ADD CONSTRAINT "_role_models_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_role_models_v" ADD CONSTRAINT "_role_models_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_role_models_v_rels" ADD CONSTRAINT "_role_models_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_role_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_role_models_v_rels" ADD CONSTRAINT "_role_models_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_series_review_history" ADD CONSTRAINT "lecture_series_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_series_review_history" ADD CONSTRAINT "lecture_series_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lecture_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_series" ADD CONSTRAINT "lecture_series_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_series" ADD CONSTRAINT "lecture_series_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_series_v_version_review_history" ADD CONSTRAINT "_lecture_series_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_series_v_version_review_history" ADD CONSTRAINT "_lecture_series_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lecture_series_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_series_v" ADD CONSTRAINT "_lecture_series_v_parent_id_lecture_series_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lecture_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_series_v" ADD CONSTRAINT "_lecture_series_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_series_v" ADD CONSTRAINT "_lecture_series_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_sessions_running_order" ADD CONSTRAINT "lecture_sessions_running_order_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_sessions_review_history" ADD CONSTRAINT "lecture_sessions_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_sessions_review_history" ADD CONSTRAINT "lecture_sessions_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_sessions" ADD CONSTRAINT "lecture_sessions_series_id_lecture_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."lecture_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_sessions" ADD CONSTRAINT "lecture_sessions_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_sessions" ADD CONSTRAINT "lecture_sessions_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lecture_sessions_rels" ADD CONSTRAINT "lecture_sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_sessions_rels" ADD CONSTRAINT "lecture_sessions_rels_role_models_fk" FOREIGN KEY ("role_models_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_sessions_rels" ADD CONSTRAINT "lecture_sessions_rels_policy_explainers_fk" FOREIGN KEY ("policy_explainers_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lecture_sessions_rels" ADD CONSTRAINT "lecture_sessions_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_version_running_order" ADD CONSTRAINT "_lecture_sessions_v_version_running_order_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lecture_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_version_review_history" ADD CONSTRAINT "_lecture_sessions_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_version_review_history" ADD CONSTRAINT "_lecture_sessions_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lecture_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v" ADD CONSTRAINT "_lecture_sessions_v_parent_id_lecture_sessions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v" ADD CONSTRAINT "_lecture_sessions_v_version_series_id_lecture_series_id_fk" FOREIGN KEY ("version_series_id") REFERENCES "public"."lecture_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v" ADD CONSTRAINT "_lecture_sessions_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v" ADD CONSTRAINT "_lecture_sessions_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_rels" ADD CONSTRAINT "_lecture_sessions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lecture_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_rels" ADD CONSTRAINT "_lecture_sessions_v_rels_role_models_fk" FOREIGN KEY ("role_models_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_rels" ADD CONSTRAINT "_lecture_sessions_v_rels_policy_explainers_fk" FOREIGN KEY ("policy_explainers_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lecture_sessions_v_rels" ADD CONSTRAINT "_lecture_sessions_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers_forms" ADD CONSTRAINT "policy_explainers_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers_topics" ADD CONSTRAINT "policy_explainers_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers_key_points" ADD CONSTRAINT "policy_explainers_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers_qa" ADD CONSTRAINT "policy_explainers_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers_review_history" ADD CONSTRAINT "policy_explainers_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_explainers_review_history" ADD CONSTRAINT "policy_explainers_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers" ADD CONSTRAINT "policy_explainers_graphic_id_media_id_fk" FOREIGN KEY ("graphic_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_explainers" ADD CONSTRAINT "policy_explainers_superseded_by_id_policy_explainers_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."policy_explainers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_explainers" ADD CONSTRAINT "policy_explainers_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_explainers" ADD CONSTRAINT "policy_explainers_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_explainers_rels" ADD CONSTRAINT "policy_explainers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_explainers_rels" ADD CONSTRAINT "policy_explainers_rels_policy_explainers_fk" FOREIGN KEY ("policy_explainers_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_version_forms" ADD CONSTRAINT "_policy_explainers_v_version_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_version_topics" ADD CONSTRAINT "_policy_explainers_v_version_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_version_key_points" ADD CONSTRAINT "_policy_explainers_v_version_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_version_qa" ADD CONSTRAINT "_policy_explainers_v_version_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_version_review_history" ADD CONSTRAINT "_policy_explainers_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_version_review_history" ADD CONSTRAINT "_policy_explainers_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v" ADD CONSTRAINT "_policy_explainers_v_parent_id_policy_explainers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_explainers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v" ADD CONSTRAINT "_policy_explainers_v_version_graphic_id_media_id_fk" FOREIGN KEY ("version_graphic_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v" ADD CONSTRAINT "_policy_explainers_v_version_superseded_by_id_policy_explainers_id_fk" FOREIGN KEY ("version_superseded_by_id") REFERENCES "public"."policy_explainers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v" ADD CONSTRAINT "_policy_explainers_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v" ADD CONSTRAINT "_policy_explainers_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_rels" ADD CONSTRAINT "_policy_explainers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_explainers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_explainers_v_rels" ADD CONSTRAINT "_policy_explainers_v_rels_policy_explainers_fk" FOREIGN KEY ("policy_explainers_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "village_rules_areas" ADD CONSTRAINT "village_rules_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."village_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "village_rules_chapters_articles" ADD CONSTRAINT "village_rules_chapters_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."village_rules_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "village_rules_chapters" ADD CONSTRAINT "village_rules_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."village_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "village_rules_adoption_steps" ADD CONSTRAINT "village_rules_adoption_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."village_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "village_rules_review_history" ADD CONSTRAINT "village_rules_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "village_rules_review_history" ADD CONSTRAINT "village_rules_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."village_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "village_rules" ADD CONSTRAINT "village_rules_supersedes_id_village_rules_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."village_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "village_rules" ADD CONSTRAINT "village_rules_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "village_rules" ADD CONSTRAINT "village_rules_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_village_rules_v_version_areas" ADD CONSTRAINT "_village_rules_v_version_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_village_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_village_rules_v_version_chapters_articles" ADD CONSTRAINT "_village_rules_v_version_chapters_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_village_rules_v_version_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_village_rules_v_version_chapters" ADD CONSTRAINT "_village_rules_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_village_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_village_rules_v_version_adoption_steps" ADD CONSTRAINT "_village_rules_v_version_adoption_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_village_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_village_rules_v_version_review_history" ADD CONSTRAINT "_village_rules_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_village_rules_v_version_review_history" ADD CONSTRAINT "_village_rules_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_village_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_village_rules_v" ADD CONSTRAINT "_village_rules_v_parent_id_village_rules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."village_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_village_rules_v" ADD CONSTRAINT "_village_rules_v_version_supersedes_id_village_rules_id_fk" FOREIGN KEY ("version_supersedes_id") REFERENCES "public"."village_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_village_rules_v" ADD CONSTRAINT "_village_rules_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_village_rules_v" ADD CONSTRAINT "_village_rules_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "selection_batches_review_history" ADD CONSTRAINT "selection_batches_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "selection_batches_review_history" ADD CONSTRAINT "selection_batches_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."selection_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "selection_batches" ADD CONSTRAINT "selection_batches_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "selection_batches" ADD CONSTRAINT "selection_batches_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_batches_v_version_review_history" ADD CONSTRAINT "_selection_batches_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_batches_v_version_review_history" ADD CONSTRAINT "_selection_batches_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_selection_batches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_selection_batches_v" ADD CONSTRAINT "_selection_batches_v_parent_id_selection_batches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."selection_batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_batches_v" ADD CONSTRAINT "_selection_batches_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_selection_batches_v" ADD CONSTRAINT "_selection_batches_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices_review_history" ADD CONSTRAINT "notices_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices_review_history" ADD CONSTRAINT "notices_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v_version_review_history" ADD CONSTRAINT "_notices_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v_version_review_history" ADD CONSTRAINT "_notices_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_parent_id_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_attachment_id_attachments_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grids_workers" ADD CONSTRAINT "grids_workers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grids_workers" ADD CONSTRAINT "grids_workers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."grids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "grids_review_history" ADD CONSTRAINT "grids_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grids_review_history" ADD CONSTRAINT "grids_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."grids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "grids" ADD CONSTRAINT "grids_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grids" ADD CONSTRAINT "grids_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_grids_v_version_workers" ADD CONSTRAINT "_grids_v_version_workers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_grids_v_version_workers" ADD CONSTRAINT "_grids_v_version_workers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_grids_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_grids_v_version_review_history" ADD CONSTRAINT "_grids_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_grids_v_version_review_history" ADD CONSTRAINT "_grids_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_grids_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_grids_v" ADD CONSTRAINT "_grids_v_parent_id_grids_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."grids"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_grids_v" ADD CONSTRAINT "_grids_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_grids_v" ADD CONSTRAINT "_grids_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "points_boards_red_list" ADD CONSTRAINT "points_boards_red_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."points_boards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "points_boards_black_list" ADD CONSTRAINT "points_boards_black_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."points_boards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "points_boards_review_history" ADD CONSTRAINT "points_boards_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "points_boards_review_history" ADD CONSTRAINT "points_boards_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."points_boards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "points_boards" ADD CONSTRAINT "points_boards_rules_id_village_rules_id_fk" FOREIGN KEY ("rules_id") REFERENCES "public"."village_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "points_boards" ADD CONSTRAINT "points_boards_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "points_boards" ADD CONSTRAINT "points_boards_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_points_boards_v_version_red_list" ADD CONSTRAINT "_points_boards_v_version_red_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_points_boards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_points_boards_v_version_black_list" ADD CONSTRAINT "_points_boards_v_version_black_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_points_boards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_points_boards_v_version_review_history" ADD CONSTRAINT "_points_boards_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_points_boards_v_version_review_history" ADD CONSTRAINT "_points_boards_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_points_boards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_points_boards_v" ADD CONSTRAINT "_points_boards_v_parent_id_points_boards_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."points_boards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_points_boards_v" ADD CONSTRAINT "_points_boards_v_version_rules_id_village_rules_id_fk" FOREIGN KEY ("version_rules_id") REFERENCES "public"."village_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_points_boards_v" ADD CONSTRAINT "_points_boards_v_version_village_id_villages_id_fk" FOREIGN KEY ("version_village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_points_boards_v" ADD CONSTRAINT "_points_boards_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "villages_approvals" ADD CONSTRAINT "villages_approvals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "villages_approvals" ADD CONSTRAINT "villages_approvals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "villages_approvals" ADD CONSTRAINT "villages_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "villages" ADD CONSTRAINT "villages_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "villages" ADD CONSTRAINT "villages_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_villages_v_version_approvals" ADD CONSTRAINT "_villages_v_version_approvals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_villages_v_version_approvals" ADD CONSTRAINT "_villages_v_version_approvals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_villages_v_version_approvals" ADD CONSTRAINT "_villages_v_version_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_villages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_villages_v" ADD CONSTRAINT "_villages_v_parent_id_villages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_villages_v" ADD CONSTRAINT "_villages_v_version_township_id_townships_id_fk" FOREIGN KEY ("version_township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_villages_v" ADD CONSTRAINT "_villages_v_version_changed_by_id_users_id_fk" FOREIGN KEY ("version_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screens_hours" ADD CONSTRAINT "screens_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screens_dayparts_sections" ADD CONSTRAINT "screens_dayparts_sections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screens_dayparts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screens_dayparts" ADD CONSTRAINT "screens_dayparts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screens" ADD CONSTRAINT "screens_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screens" ADD CONSTRAINT "screens_township_id_townships_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."townships"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screens_rels" ADD CONSTRAINT "screens_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screens_rels" ADD CONSTRAINT "screens_rels_role_models_fk" FOREIGN KEY ("role_models_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screens_rels" ADD CONSTRAINT "screens_rels_policy_explainers_fk" FOREIGN KEY ("policy_explainers_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_villages_fk" FOREIGN KEY ("villages_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screen_days" ADD CONSTRAINT "screen_days_screen_id_screens_id_fk" FOREIGN KEY ("screen_id") REFERENCES "public"."screens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_role_models_fk" FOREIGN KEY ("role_models_id") REFERENCES "public"."role_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lecture_series_fk" FOREIGN KEY ("lecture_series_id") REFERENCES "public"."lecture_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lecture_sessions_fk" FOREIGN KEY ("lecture_sessions_id") REFERENCES "public"."lecture_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_explainers_fk" FOREIGN KEY ("policy_explainers_id") REFERENCES "public"."policy_explainers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_village_rules_fk" FOREIGN KEY ("village_rules_id") REFERENCES "public"."village_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_selection_batches_fk" FOREIGN KEY ("selection_batches_id") REFERENCES "public"."selection_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notices_fk" FOREIGN KEY ("notices_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grids_fk" FOREIGN KEY ("grids_id") REFERENCES "public"."grids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_points_boards_fk" FOREIGN KEY ("points_boards_id") REFERENCES "public"."points_boards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_townships_fk" FOREIGN KEY ("townships_id") REFERENCES "public"."townships"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_villages_fk" FOREIGN KEY ("villages_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_screens_fk" FOREIGN KEY ("screens_id") REFERENCES "public"."screens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_screen_days_fk" FOREIGN KEY ("screen_days_id") REFERENCES "public"."screen_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_flagged_words" ADD CONSTRAINT "site_settings_flagged_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_approvals" ADD CONSTRAINT "site_settings_approvals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_approvals" ADD CONSTRAINT "site_settings_approvals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_approvals" ADD CONSTRAINT "site_settings_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_flagged_words" ADD CONSTRAINT "_site_settings_v_version_flagged_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_approvals" ADD CONSTRAINT "_site_settings_v_version_approvals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_approvals" ADD CONSTRAINT "_site_settings_v_version_approvals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_approvals" ADD CONSTRAINT "_site_settings_v_version_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_changed_by_id_users_id_fk" FOREIGN KEY ("version_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "role_models_honours_order_idx" ON "role_models_honours" USING btree ("_order");
  CREATE INDEX "role_models_honours_parent_id_idx" ON "role_models_honours" USING btree ("_parent_id");
  CREATE INDEX "role_models_review_history_order_idx" ON "role_models_review_history" USING btree ("_order");
  CREATE INDEX "role_models_review_history_parent_id_idx" ON "role_models_review_history" USING btree ("_parent_id");
  CREATE INDEX "role_models_review_history_by_idx" ON "role_models_review_history" USING btree ("by_id");
  CREATE INDEX "role_models_portrait_idx" ON "role_models" USING btree ("portrait_id");
  CREATE INDEX "role_models_batch_idx" ON "role_models" USING btree ("batch_id");
  CREATE INDEX "role_models_slug_idx" ON "role_models" USING btree ("slug");
  CREATE INDEX "role_models_village_idx" ON "role_models" USING btree ("village_id");
  CREATE INDEX "role_models_township_idx" ON "role_models" USING btree ("township_id");
  CREATE INDEX "role_models_published_at_idx" ON "role_models" USING btree ("published_at");
  CREATE INDEX "role_models_review_state_idx" ON "role_models" USING btree ("review_state");
  CREATE INDEX "role_models_updated_at_idx" ON "role_models" USING btree ("updated_at");
  CREATE INDEX "role_models_created_at_idx" ON "role_models" USING btree ("created_at");
  CREATE INDEX "role_models__status_idx" ON "role_models" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_idx" ON "role_models" USING btree ("slug","village_id");
  CREATE INDEX "role_models_rels_order_idx" ON "role_models_rels" USING btree ("order");
  CREATE INDEX "role_models_rels_parent_idx" ON "role_models_rels" USING btree ("parent_id");
  CREATE INDEX "role_models_rels_path_idx" ON "role_models_rels" USING btree ("path");
  CREATE INDEX "role_models_rels_media_id_idx" ON "role_models_rels" USING btree ("media_id");
  CREATE INDEX "_role_models_v_version_honours_order_idx" ON "_role_models_v_version_honours" USING btree ("_order");
  CREATE INDEX "_role_models_v_version_honours_parent_id_idx" ON "_role_models_v_version_honours" USING btree ("_parent_id");
  CREATE INDEX "_role_models_v_version_review_history_order_idx" ON "_role_models_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_role_models_v_version_review_history_parent_id_idx" ON "_role_models_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_role_models_v_version_review_history_by_idx" ON "_role_models_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_role_models_v_parent_idx" ON "_role_models_v" USING btree ("parent_id");
  CREATE INDEX "_role_models_v_version_version_portrait_idx" ON "_role_models_v" USING btree ("version_portrait_id");
  CREATE INDEX "_role_models_v_version_version_batch_idx" ON "_role_models_v" USING btree ("version_batch_id");
  CREATE INDEX "_role_models_v_version_version_slug_idx" ON "_role_models_v" USING btree ("version_slug");
  CREATE INDEX "_role_models_v_version_version_village_idx" ON "_role_models_v" USING btree ("version_village_id");
  CREATE INDEX "_role_models_v_version_version_township_idx" ON "_role_models_v" USING btree ("version_township_id");
  CREATE INDEX "_role_models_v_version_version_published_at_idx" ON "_role_models_v" USING btree ("version_published_at");
  CREATE INDEX "_role_models_v_version_version_review_state_idx" ON "_role_models_v" USING btree ("version_review_state");
  CREATE INDEX "_role_models_v_version_version_updated_at_idx" ON "_role_models_v" USING btree ("version_updated_at");
  CREATE INDEX "_role_models_v_version_version_created_at_idx" ON "_role_models_v" USING btree ("version_created_at");
  CREATE INDEX "_role_models_v_version_version__status_idx" ON "_role_models_v" USING btree ("version__status");
  CREATE INDEX "_role_models_v_created_at_idx" ON "_role_models_v" USING btree ("created_at");
  CREATE INDEX "_role_models_v_updated_at_idx" ON "_role_models_v" USING btree ("updated_at");
  CREATE INDEX "_role_models_v_latest_idx" ON "_role_models_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_idx" ON "_role_models_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "_role_models_v_rels_order_idx" ON "_role_models_v_rels" USING btree ("order");
  CREATE INDEX "_role_models_v_rels_parent_idx" ON "_role_models_v_rels" USING btree ("parent_id");
  CREATE INDEX "_role_models_v_rels_path_idx" ON "_role_models_v_rels" USING btree ("path");
  CREATE INDEX "_role_models_v_rels_media_id_idx" ON "_role_models_v_rels" USING btree ("media_id");
  CREATE INDEX "lecture_series_review_history_order_idx" ON "lecture_series_review_history" USING btree ("_order");
  CREATE INDEX "lecture_series_review_history_parent_id_idx" ON "lecture_series_review_history" USING btree ("_parent_id");
  CREATE INDEX "lecture_series_review_history_by_idx" ON "lecture_series_review_history" USING btree ("by_id");
  CREATE INDEX "lecture_series_slug_idx" ON "lecture_series" USING btree ("slug");
  CREATE INDEX "lecture_series_village_idx" ON "lecture_series" USING btree ("village_id");
  CREATE INDEX "lecture_series_township_idx" ON "lecture_series" USING btree ("township_id");
  CREATE INDEX "lecture_series_published_at_idx" ON "lecture_series" USING btree ("published_at");
  CREATE INDEX "lecture_series_review_state_idx" ON "lecture_series" USING btree ("review_state");
  CREATE INDEX "lecture_series_updated_at_idx" ON "lecture_series" USING btree ("updated_at");
  CREATE INDEX "lecture_series_created_at_idx" ON "lecture_series" USING btree ("created_at");
  CREATE INDEX "lecture_series__status_idx" ON "lecture_series" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_1_idx" ON "lecture_series" USING btree ("slug","village_id");
  CREATE INDEX "_lecture_series_v_version_review_history_order_idx" ON "_lecture_series_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_lecture_series_v_version_review_history_parent_id_idx" ON "_lecture_series_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_lecture_series_v_version_review_history_by_idx" ON "_lecture_series_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_lecture_series_v_parent_idx" ON "_lecture_series_v" USING btree ("parent_id");
  CREATE INDEX "_lecture_series_v_version_version_slug_idx" ON "_lecture_series_v" USING btree ("version_slug");
  CREATE INDEX "_lecture_series_v_version_version_village_idx" ON "_lecture_series_v" USING btree ("version_village_id");
  CREATE INDEX "_lecture_series_v_version_version_township_idx" ON "_lecture_series_v" USING btree ("version_township_id");
  CREATE INDEX "_lecture_series_v_version_version_published_at_idx" ON "_lecture_series_v" USING btree ("version_published_at");
  CREATE INDEX "_lecture_series_v_version_version_review_state_idx" ON "_lecture_series_v" USING btree ("version_review_state");
  CREATE INDEX "_lecture_series_v_version_version_updated_at_idx" ON "_lecture_series_v" USING btree ("version_updated_at");
  CREATE INDEX "_lecture_series_v_version_version_created_at_idx" ON "_lecture_series_v" USING btree ("version_created_at");
  CREATE INDEX "_lecture_series_v_version_version__status_idx" ON "_lecture_series_v" USING btree ("version__status");
  CREATE INDEX "_lecture_series_v_created_at_idx" ON "_lecture_series_v" USING btree ("created_at");
  CREATE INDEX "_lecture_series_v_updated_at_idx" ON "_lecture_series_v" USING btree ("updated_at");
  CREATE INDEX "_lecture_series_v_latest_idx" ON "_lecture_series_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_1_idx" ON "_lecture_series_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "lecture_sessions_running_order_order_idx" ON "lecture_sessions_running_order" USING btree ("_order");
  CREATE INDEX "lecture_sessions_running_order_parent_id_idx" ON "lecture_sessions_running_order" USING btree ("_parent_id");
  CREATE INDEX "lecture_sessions_review_history_order_idx" ON "lecture_sessions_review_history" USING btree ("_order");
  CREATE INDEX "lecture_sessions_review_history_parent_id_idx" ON "lecture_sessions_review_history" USING btree ("_parent_id");
  CREATE INDEX "lecture_sessions_review_history_by_idx" ON "lecture_sessions_review_history" USING btree ("by_id");
  CREATE INDEX "lecture_sessions_series_idx" ON "lecture_sessions" USING btree ("series_id");
  CREATE INDEX "lecture_sessions_starts_at_idx" ON "lecture_sessions" USING btree ("starts_at");
  CREATE INDEX "lecture_sessions_slug_idx" ON "lecture_sessions" USING btree ("slug");
  CREATE INDEX "lecture_sessions_village_idx" ON "lecture_sessions" USING btree ("village_id");
  CREATE INDEX "lecture_sessions_township_idx" ON "lecture_sessions" USING btree ("township_id");
  CREATE INDEX "lecture_sessions_published_at_idx" ON "lecture_sessions" USING btree ("published_at");
  CREATE INDEX "lecture_sessions_review_state_idx" ON "lecture_sessions" USING btree ("review_state");
  CREATE INDEX "lecture_sessions_updated_at_idx" ON "lecture_sessions" USING btree ("updated_at");
  CREATE INDEX "lecture_sessions_created_at_idx" ON "lecture_sessions" USING btree ("created_at");
  CREATE INDEX "lecture_sessions__status_idx" ON "lecture_sessions" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_2_idx" ON "lecture_sessions" USING btree ("slug","village_id");
  CREATE INDEX "lecture_sessions_rels_order_idx" ON "lecture_sessions_rels" USING btree ("order");
  CREATE INDEX "lecture_sessions_rels_parent_idx" ON "lecture_sessions_rels" USING btree ("parent_id");
  CREATE INDEX "lecture_sessions_rels_path_idx" ON "lecture_sessions_rels" USING btree ("path");
  CREATE INDEX "lecture_sessions_rels_role_models_id_idx" ON "lecture_sessions_rels" USING btree ("role_models_id");
  CREATE INDEX "lecture_sessions_rels_policy_explainers_id_idx" ON "lecture_sessions_rels" USING btree ("policy_explainers_id");
  CREATE INDEX "lecture_sessions_rels_media_id_idx" ON "lecture_sessions_rels" USING btree ("media_id");
  CREATE INDEX "_lecture_sessions_v_version_running_order_order_idx" ON "_lecture_sessions_v_version_running_order" USING btree ("_order");
  CREATE INDEX "_lecture_sessions_v_version_running_order_parent_id_idx" ON "_lecture_sessions_v_version_running_order" USING btree ("_parent_id");
  CREATE INDEX "_lecture_sessions_v_version_review_history_order_idx" ON "_lecture_sessions_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_lecture_sessions_v_version_review_history_parent_id_idx" ON "_lecture_sessions_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_lecture_sessions_v_version_review_history_by_idx" ON "_lecture_sessions_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_lecture_sessions_v_parent_idx" ON "_lecture_sessions_v" USING btree ("parent_id");
  CREATE INDEX "_lecture_sessions_v_version_version_series_idx" ON "_lecture_sessions_v" USING btree ("version_series_id");
  CREATE INDEX "_lecture_sessions_v_version_version_starts_at_idx" ON "_lecture_sessions_v" USING btree ("version_starts_at");
  CREATE INDEX "_lecture_sessions_v_version_version_slug_idx" ON "_lecture_sessions_v" USING btree ("version_slug");
  CREATE INDEX "_lecture_sessions_v_version_version_village_idx" ON "_lecture_sessions_v" USING btree ("version_village_id");
  CREATE INDEX "_lecture_sessions_v_version_version_township_idx" ON "_lecture_sessions_v" USING btree ("version_township_id");
  CREATE INDEX "_lecture_sessions_v_version_version_published_at_idx" ON "_lecture_sessions_v" USING btree ("version_published_at");
  CREATE INDEX "_lecture_sessions_v_version_version_review_state_idx" ON "_lecture_sessions_v" USING btree ("version_review_state");
  CREATE INDEX "_lecture_sessions_v_version_version_updated_at_idx" ON "_lecture_sessions_v" USING btree ("version_updated_at");
  CREATE INDEX "_lecture_sessions_v_version_version_created_at_idx" ON "_lecture_sessions_v" USING btree ("version_created_at");
  CREATE INDEX "_lecture_sessions_v_version_version__status_idx" ON "_lecture_sessions_v" USING btree ("version__status");
  CREATE INDEX "_lecture_sessions_v_created_at_idx" ON "_lecture_sessions_v" USING btree ("created_at");
  CREATE INDEX "_lecture_sessions_v_updated_at_idx" ON "_lecture_sessions_v" USING btree ("updated_at");
  CREATE INDEX "_lecture_sessions_v_latest_idx" ON "_lecture_sessions_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_2_idx" ON "_lecture_sessions_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "_lecture_sessions_v_rels_order_idx" ON "_lecture_sessions_v_rels" USING btree ("order");
  CREATE INDEX "_lecture_sessions_v_rels_parent_idx" ON "_lecture_sessions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_lecture_sessions_v_rels_path_idx" ON "_lecture_sessions_v_rels" USING btree ("path");
  CREATE INDEX "_lecture_sessions_v_rels_role_models_id_idx" ON "_lecture_sessions_v_rels" USING btree ("role_models_id");
  CREATE INDEX "_lecture_sessions_v_rels_policy_explainers_id_idx" ON "_lecture_sessions_v_rels" USING btree ("policy_explainers_id");
  CREATE INDEX "_lecture_sessions_v_rels_media_id_idx" ON "_lecture_sessions_v_rels" USING btree ("media_id");
  CREATE INDEX "policy_explainers_forms_order_idx" ON "policy_explainers_forms" USING btree ("order");
  CREATE INDEX "policy_explainers_forms_parent_idx" ON "policy_explainers_forms" USING btree ("parent_id");
  CREATE INDEX "policy_explainers_topics_order_idx" ON "policy_explainers_topics" USING btree ("order");
  CREATE INDEX "policy_explainers_topics_parent_idx" ON "policy_explainers_topics" USING btree ("parent_id");
  CREATE INDEX "policy_explainers_key_points_order_idx" ON "policy_explainers_key_points" USING btree ("_order");
  CREATE INDEX "policy_explainers_key_points_parent_id_idx" ON "policy_explainers_key_points" USING btree ("_parent_id");
  CREATE INDEX "policy_explainers_qa_order_idx" ON "policy_explainers_qa" USING btree ("_order");
  CREATE INDEX "policy_explainers_qa_parent_id_idx" ON "policy_explainers_qa" USING btree ("_parent_id");
  CREATE INDEX "policy_explainers_review_history_order_idx" ON "policy_explainers_review_history" USING btree ("_order");
  CREATE INDEX "policy_explainers_review_history_parent_id_idx" ON "policy_explainers_review_history" USING btree ("_parent_id");
  CREATE INDEX "policy_explainers_review_history_by_idx" ON "policy_explainers_review_history" USING btree ("by_id");
  CREATE INDEX "policy_explainers_graphic_idx" ON "policy_explainers" USING btree ("graphic_id");
  CREATE INDEX "policy_explainers_superseded_by_idx" ON "policy_explainers" USING btree ("superseded_by_id");
  CREATE INDEX "policy_explainers_slug_idx" ON "policy_explainers" USING btree ("slug");
  CREATE INDEX "policy_explainers_village_idx" ON "policy_explainers" USING btree ("village_id");
  CREATE INDEX "policy_explainers_township_idx" ON "policy_explainers" USING btree ("township_id");
  CREATE INDEX "policy_explainers_published_at_idx" ON "policy_explainers" USING btree ("published_at");
  CREATE INDEX "policy_explainers_review_state_idx" ON "policy_explainers" USING btree ("review_state");
  CREATE INDEX "policy_explainers_updated_at_idx" ON "policy_explainers" USING btree ("updated_at");
  CREATE INDEX "policy_explainers_created_at_idx" ON "policy_explainers" USING btree ("created_at");
  CREATE INDEX "policy_explainers__status_idx" ON "policy_explainers" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_3_idx" ON "policy_explainers" USING btree ("slug","village_id");
  CREATE INDEX "policy_explainers_rels_order_idx" ON "policy_explainers_rels" USING btree ("order");
  CREATE INDEX "policy_explainers_rels_parent_idx" ON "policy_explainers_rels" USING btree ("parent_id");
  CREATE INDEX "policy_explainers_rels_path_idx" ON "policy_explainers_rels" USING btree ("path");
  CREATE INDEX "policy_explainers_rels_policy_explainers_id_idx" ON "policy_explainers_rels" USING btree ("policy_explainers_id");
  CREATE INDEX "_policy_explainers_v_version_forms_order_idx" ON "_policy_explainers_v_version_forms" USING btree ("order");
  CREATE INDEX "_policy_explainers_v_version_forms_parent_idx" ON "_policy_explainers_v_version_forms" USING btree ("parent_id");
  CREATE INDEX "_policy_explainers_v_version_topics_order_idx" ON "_policy_explainers_v_version_topics" USING btree ("order");
  CREATE INDEX "_policy_explainers_v_version_topics_parent_idx" ON "_policy_explainers_v_version_topics" USING btree ("parent_id");
  CREATE INDEX "_policy_explainers_v_version_key_points_order_idx" ON "_policy_explainers_v_version_key_points" USING btree ("_order");
  CREATE INDEX "_policy_explainers_v_version_key_points_parent_id_idx" ON "_policy_explainers_v_version_key_points" USING btree ("_parent_id");
  CREATE INDEX "_policy_explainers_v_version_qa_order_idx" ON "_policy_explainers_v_version_qa" USING btree ("_order");
  CREATE INDEX "_policy_explainers_v_version_qa_parent_id_idx" ON "_policy_explainers_v_version_qa" USING btree ("_parent_id");
  CREATE INDEX "_policy_explainers_v_version_review_history_order_idx" ON "_policy_explainers_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_policy_explainers_v_version_review_history_parent_id_idx" ON "_policy_explainers_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_policy_explainers_v_version_review_history_by_idx" ON "_policy_explainers_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_policy_explainers_v_parent_idx" ON "_policy_explainers_v" USING btree ("parent_id");
  CREATE INDEX "_policy_explainers_v_version_version_graphic_idx" ON "_policy_explainers_v" USING btree ("version_graphic_id");
  CREATE INDEX "_policy_explainers_v_version_version_superseded_by_idx" ON "_policy_explainers_v" USING btree ("version_superseded_by_id");
  CREATE INDEX "_policy_explainers_v_version_version_slug_idx" ON "_policy_explainers_v" USING btree ("version_slug");
  CREATE INDEX "_policy_explainers_v_version_version_village_idx" ON "_policy_explainers_v" USING btree ("version_village_id");
  CREATE INDEX "_policy_explainers_v_version_version_township_idx" ON "_policy_explainers_v" USING btree ("version_township_id");
  CREATE INDEX "_policy_explainers_v_version_version_published_at_idx" ON "_policy_explainers_v" USING btree ("version_published_at");
  CREATE INDEX "_policy_explainers_v_version_version_review_state_idx" ON "_policy_explainers_v" USING btree ("version_review_state");
  CREATE INDEX "_policy_explainers_v_version_version_updated_at_idx" ON "_policy_explainers_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_explainers_v_version_version_created_at_idx" ON "_policy_explainers_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_explainers_v_version_version__status_idx" ON "_policy_explainers_v" USING btree ("version__status");
  CREATE INDEX "_policy_explainers_v_created_at_idx" ON "_policy_explainers_v" USING btree ("created_at");
  CREATE INDEX "_policy_explainers_v_updated_at_idx" ON "_policy_explainers_v" USING btree ("updated_at");
  CREATE INDEX "_policy_explainers_v_latest_idx" ON "_policy_explainers_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_3_idx" ON "_policy_explainers_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "_policy_explainers_v_rels_order_idx" ON "_policy_explainers_v_rels" USING btree ("order");
  CREATE INDEX "_policy_explainers_v_rels_parent_idx" ON "_policy_explainers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_explainers_v_rels_path_idx" ON "_policy_explainers_v_rels" USING btree ("path");
  CREATE INDEX "_policy_explainers_v_rels_policy_explainers_id_idx" ON "_policy_explainers_v_rels" USING btree ("policy_explainers_id");
  CREATE INDEX "village_rules_areas_order_idx" ON "village_rules_areas" USING btree ("order");
  CREATE INDEX "village_rules_areas_parent_idx" ON "village_rules_areas" USING btree ("parent_id");
  CREATE INDEX "village_rules_chapters_articles_order_idx" ON "village_rules_chapters_articles" USING btree ("_order");
  CREATE INDEX "village_rules_chapters_articles_parent_id_idx" ON "village_rules_chapters_articles" USING btree ("_parent_id");
  CREATE INDEX "village_rules_chapters_order_idx" ON "village_rules_chapters" USING btree ("_order");
  CREATE INDEX "village_rules_chapters_parent_id_idx" ON "village_rules_chapters" USING btree ("_parent_id");
  CREATE INDEX "village_rules_adoption_steps_order_idx" ON "village_rules_adoption_steps" USING btree ("_order");
  CREATE INDEX "village_rules_adoption_steps_parent_id_idx" ON "village_rules_adoption_steps" USING btree ("_parent_id");
  CREATE INDEX "village_rules_review_history_order_idx" ON "village_rules_review_history" USING btree ("_order");
  CREATE INDEX "village_rules_review_history_parent_id_idx" ON "village_rules_review_history" USING btree ("_parent_id");
  CREATE INDEX "village_rules_review_history_by_idx" ON "village_rules_review_history" USING btree ("by_id");
  CREATE INDEX "village_rules_supersedes_idx" ON "village_rules" USING btree ("supersedes_id");
  CREATE INDEX "village_rules_slug_idx" ON "village_rules" USING btree ("slug");
  CREATE INDEX "village_rules_village_idx" ON "village_rules" USING btree ("village_id");
  CREATE INDEX "village_rules_township_idx" ON "village_rules" USING btree ("township_id");
  CREATE INDEX "village_rules_published_at_idx" ON "village_rules" USING btree ("published_at");
  CREATE INDEX "village_rules_review_state_idx" ON "village_rules" USING btree ("review_state");
  CREATE INDEX "village_rules_updated_at_idx" ON "village_rules" USING btree ("updated_at");
  CREATE INDEX "village_rules_created_at_idx" ON "village_rules" USING btree ("created_at");
  CREATE INDEX "village_rules__status_idx" ON "village_rules" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_4_idx" ON "village_rules" USING btree ("slug","village_id");
  CREATE INDEX "_village_rules_v_version_areas_order_idx" ON "_village_rules_v_version_areas" USING btree ("order");
  CREATE INDEX "_village_rules_v_version_areas_parent_idx" ON "_village_rules_v_version_areas" USING btree ("parent_id");
  CREATE INDEX "_village_rules_v_version_chapters_articles_order_idx" ON "_village_rules_v_version_chapters_articles" USING btree ("_order");
  CREATE INDEX "_village_rules_v_version_chapters_articles_parent_id_idx" ON "_village_rules_v_version_chapters_articles" USING btree ("_parent_id");
  CREATE INDEX "_village_rules_v_version_chapters_order_idx" ON "_village_rules_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_village_rules_v_version_chapters_parent_id_idx" ON "_village_rules_v_version_chapters" USING btree ("_parent_id");
  CREATE INDEX "_village_rules_v_version_adoption_steps_order_idx" ON "_village_rules_v_version_adoption_steps" USING btree ("_order");
  CREATE INDEX "_village_rules_v_version_adoption_steps_parent_id_idx" ON "_village_rules_v_version_adoption_steps" USING btree ("_parent_id");
  CREATE INDEX "_village_rules_v_version_review_history_order_idx" ON "_village_rules_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_village_rules_v_version_review_history_parent_id_idx" ON "_village_rules_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_village_rules_v_version_review_history_by_idx" ON "_village_rules_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_village_rules_v_parent_idx" ON "_village_rules_v" USING btree ("parent_id");
  CREATE INDEX "_village_rules_v_version_version_supersedes_idx" ON "_village_rules_v" USING btree ("version_supersedes_id");
  CREATE INDEX "_village_rules_v_version_version_slug_idx" ON "_village_rules_v" USING btree ("version_slug");
  CREATE INDEX "_village_rules_v_version_version_village_idx" ON "_village_rules_v" USING btree ("version_village_id");
  CREATE INDEX "_village_rules_v_version_version_township_idx" ON "_village_rules_v" USING btree ("version_township_id");
  CREATE INDEX "_village_rules_v_version_version_published_at_idx" ON "_village_rules_v" USING btree ("version_published_at");
  CREATE INDEX "_village_rules_v_version_version_review_state_idx" ON "_village_rules_v" USING btree ("version_review_state");
  CREATE INDEX "_village_rules_v_version_version_updated_at_idx" ON "_village_rules_v" USING btree ("version_updated_at");
  CREATE INDEX "_village_rules_v_version_version_created_at_idx" ON "_village_rules_v" USING btree ("version_created_at");
  CREATE INDEX "_village_rules_v_version_version__status_idx" ON "_village_rules_v" USING btree ("version__status");
  CREATE INDEX "_village_rules_v_created_at_idx" ON "_village_rules_v" USING btree ("created_at");
  CREATE INDEX "_village_rules_v_updated_at_idx" ON "_village_rules_v" USING btree ("updated_at");
  CREATE INDEX "_village_rules_v_latest_idx" ON "_village_rules_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_4_idx" ON "_village_rules_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "selection_batches_review_history_order_idx" ON "selection_batches_review_history" USING btree ("_order");
  CREATE INDEX "selection_batches_review_history_parent_id_idx" ON "selection_batches_review_history" USING btree ("_parent_id");
  CREATE INDEX "selection_batches_review_history_by_idx" ON "selection_batches_review_history" USING btree ("by_id");
  CREATE INDEX "selection_batches_slug_idx" ON "selection_batches" USING btree ("slug");
  CREATE INDEX "selection_batches_village_idx" ON "selection_batches" USING btree ("village_id");
  CREATE INDEX "selection_batches_township_idx" ON "selection_batches" USING btree ("township_id");
  CREATE INDEX "selection_batches_published_at_idx" ON "selection_batches" USING btree ("published_at");
  CREATE INDEX "selection_batches_review_state_idx" ON "selection_batches" USING btree ("review_state");
  CREATE INDEX "selection_batches_updated_at_idx" ON "selection_batches" USING btree ("updated_at");
  CREATE INDEX "selection_batches_created_at_idx" ON "selection_batches" USING btree ("created_at");
  CREATE INDEX "selection_batches__status_idx" ON "selection_batches" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_5_idx" ON "selection_batches" USING btree ("slug","village_id");
  CREATE INDEX "_selection_batches_v_version_review_history_order_idx" ON "_selection_batches_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_selection_batches_v_version_review_history_parent_id_idx" ON "_selection_batches_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_selection_batches_v_version_review_history_by_idx" ON "_selection_batches_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_selection_batches_v_parent_idx" ON "_selection_batches_v" USING btree ("parent_id");
  CREATE INDEX "_selection_batches_v_version_version_slug_idx" ON "_selection_batches_v" USING btree ("version_slug");
  CREATE INDEX "_selection_batches_v_version_version_village_idx" ON "_selection_batches_v" USING btree ("version_village_id");
  CREATE INDEX "_selection_batches_v_version_version_township_idx" ON "_selection_batches_v" USING btree ("version_township_id");
  CREATE INDEX "_selection_batches_v_version_version_published_at_idx" ON "_selection_batches_v" USING btree ("version_published_at");
  CREATE INDEX "_selection_batches_v_version_version_review_state_idx" ON "_selection_batches_v" USING btree ("version_review_state");
  CREATE INDEX "_selection_batches_v_version_version_updated_at_idx" ON "_selection_batches_v" USING btree ("version_updated_at");
  CREATE INDEX "_selection_batches_v_version_version_created_at_idx" ON "_selection_batches_v" USING btree ("version_created_at");
  CREATE INDEX "_selection_batches_v_version_version__status_idx" ON "_selection_batches_v" USING btree ("version__status");
  CREATE INDEX "_selection_batches_v_created_at_idx" ON "_selection_batches_v" USING btree ("created_at");
  CREATE INDEX "_selection_batches_v_updated_at_idx" ON "_selection_batches_v" USING btree ("updated_at");
  CREATE INDEX "_selection_batches_v_latest_idx" ON "_selection_batches_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_5_idx" ON "_selection_batches_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "notices_review_history_order_idx" ON "notices_review_history" USING btree ("_order");
  CREATE INDEX "notices_review_history_parent_id_idx" ON "notices_review_history" USING btree ("_parent_id");
  CREATE INDEX "notices_review_history_by_idx" ON "notices_review_history" USING btree ("by_id");
  CREATE INDEX "notices_valid_from_idx" ON "notices" USING btree ("valid_from");
  CREATE INDEX "notices_valid_until_idx" ON "notices" USING btree ("valid_until");
  CREATE INDEX "notices_attachment_idx" ON "notices" USING btree ("attachment_id");
  CREATE INDEX "notices_slug_idx" ON "notices" USING btree ("slug");
  CREATE INDEX "notices_village_idx" ON "notices" USING btree ("village_id");
  CREATE INDEX "notices_township_idx" ON "notices" USING btree ("township_id");
  CREATE INDEX "notices_published_at_idx" ON "notices" USING btree ("published_at");
  CREATE INDEX "notices_review_state_idx" ON "notices" USING btree ("review_state");
  CREATE INDEX "notices_updated_at_idx" ON "notices" USING btree ("updated_at");
  CREATE INDEX "notices_created_at_idx" ON "notices" USING btree ("created_at");
  CREATE INDEX "notices__status_idx" ON "notices" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_6_idx" ON "notices" USING btree ("slug","village_id");
  CREATE INDEX "_notices_v_version_review_history_order_idx" ON "_notices_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_notices_v_version_review_history_parent_id_idx" ON "_notices_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_notices_v_version_review_history_by_idx" ON "_notices_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_notices_v_parent_idx" ON "_notices_v" USING btree ("parent_id");
  CREATE INDEX "_notices_v_version_version_valid_from_idx" ON "_notices_v" USING btree ("version_valid_from");
  CREATE INDEX "_notices_v_version_version_valid_until_idx" ON "_notices_v" USING btree ("version_valid_until");
  CREATE INDEX "_notices_v_version_version_attachment_idx" ON "_notices_v" USING btree ("version_attachment_id");
  CREATE INDEX "_notices_v_version_version_slug_idx" ON "_notices_v" USING btree ("version_slug");
  CREATE INDEX "_notices_v_version_version_village_idx" ON "_notices_v" USING btree ("version_village_id");
  CREATE INDEX "_notices_v_version_version_township_idx" ON "_notices_v" USING btree ("version_township_id");
  CREATE INDEX "_notices_v_version_version_published_at_idx" ON "_notices_v" USING btree ("version_published_at");
  CREATE INDEX "_notices_v_version_version_review_state_idx" ON "_notices_v" USING btree ("version_review_state");
  CREATE INDEX "_notices_v_version_version_updated_at_idx" ON "_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_notices_v_version_version_created_at_idx" ON "_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_notices_v_version_version__status_idx" ON "_notices_v" USING btree ("version__status");
  CREATE INDEX "_notices_v_created_at_idx" ON "_notices_v" USING btree ("created_at");
  CREATE INDEX "_notices_v_updated_at_idx" ON "_notices_v" USING btree ("updated_at");
  CREATE INDEX "_notices_v_latest_idx" ON "_notices_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_6_idx" ON "_notices_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "grids_workers_order_idx" ON "grids_workers" USING btree ("_order");
  CREATE INDEX "grids_workers_parent_id_idx" ON "grids_workers" USING btree ("_parent_id");
  CREATE INDEX "grids_workers_photo_idx" ON "grids_workers" USING btree ("photo_id");
  CREATE INDEX "grids_review_history_order_idx" ON "grids_review_history" USING btree ("_order");
  CREATE INDEX "grids_review_history_parent_id_idx" ON "grids_review_history" USING btree ("_parent_id");
  CREATE INDEX "grids_review_history_by_idx" ON "grids_review_history" USING btree ("by_id");
  CREATE INDEX "grids_slug_idx" ON "grids" USING btree ("slug");
  CREATE INDEX "grids_village_idx" ON "grids" USING btree ("village_id");
  CREATE INDEX "grids_township_idx" ON "grids" USING btree ("township_id");
  CREATE INDEX "grids_published_at_idx" ON "grids" USING btree ("published_at");
  CREATE INDEX "grids_review_state_idx" ON "grids" USING btree ("review_state");
  CREATE INDEX "grids_updated_at_idx" ON "grids" USING btree ("updated_at");
  CREATE INDEX "grids_created_at_idx" ON "grids" USING btree ("created_at");
  CREATE INDEX "grids__status_idx" ON "grids" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_7_idx" ON "grids" USING btree ("slug","village_id");
  CREATE INDEX "_grids_v_version_workers_order_idx" ON "_grids_v_version_workers" USING btree ("_order");
  CREATE INDEX "_grids_v_version_workers_parent_id_idx" ON "_grids_v_version_workers" USING btree ("_parent_id");
  CREATE INDEX "_grids_v_version_workers_photo_idx" ON "_grids_v_version_workers" USING btree ("photo_id");
  CREATE INDEX "_grids_v_version_review_history_order_idx" ON "_grids_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_grids_v_version_review_history_parent_id_idx" ON "_grids_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_grids_v_version_review_history_by_idx" ON "_grids_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_grids_v_parent_idx" ON "_grids_v" USING btree ("parent_id");
  CREATE INDEX "_grids_v_version_version_slug_idx" ON "_grids_v" USING btree ("version_slug");
  CREATE INDEX "_grids_v_version_version_village_idx" ON "_grids_v" USING btree ("version_village_id");
  CREATE INDEX "_grids_v_version_version_township_idx" ON "_grids_v" USING btree ("version_township_id");
  CREATE INDEX "_grids_v_version_version_published_at_idx" ON "_grids_v" USING btree ("version_published_at");
  CREATE INDEX "_grids_v_version_version_review_state_idx" ON "_grids_v" USING btree ("version_review_state");
  CREATE INDEX "_grids_v_version_version_updated_at_idx" ON "_grids_v" USING btree ("version_updated_at");
  CREATE INDEX "_grids_v_version_version_created_at_idx" ON "_grids_v" USING btree ("version_created_at");
  CREATE INDEX "_grids_v_version_version__status_idx" ON "_grids_v" USING btree ("version__status");
  CREATE INDEX "_grids_v_created_at_idx" ON "_grids_v" USING btree ("created_at");
  CREATE INDEX "_grids_v_updated_at_idx" ON "_grids_v" USING btree ("updated_at");
  CREATE INDEX "_grids_v_latest_idx" ON "_grids_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_7_idx" ON "_grids_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "points_boards_red_list_order_idx" ON "points_boards_red_list" USING btree ("_order");
  CREATE INDEX "points_boards_red_list_parent_id_idx" ON "points_boards_red_list" USING btree ("_parent_id");
  CREATE INDEX "points_boards_black_list_order_idx" ON "points_boards_black_list" USING btree ("_order");
  CREATE INDEX "points_boards_black_list_parent_id_idx" ON "points_boards_black_list" USING btree ("_parent_id");
  CREATE INDEX "points_boards_review_history_order_idx" ON "points_boards_review_history" USING btree ("_order");
  CREATE INDEX "points_boards_review_history_parent_id_idx" ON "points_boards_review_history" USING btree ("_parent_id");
  CREATE INDEX "points_boards_review_history_by_idx" ON "points_boards_review_history" USING btree ("by_id");
  CREATE INDEX "points_boards_month_idx" ON "points_boards" USING btree ("month");
  CREATE INDEX "points_boards_slug_idx" ON "points_boards" USING btree ("slug");
  CREATE INDEX "points_boards_rules_idx" ON "points_boards" USING btree ("rules_id");
  CREATE INDEX "points_boards_village_idx" ON "points_boards" USING btree ("village_id");
  CREATE INDEX "points_boards_township_idx" ON "points_boards" USING btree ("township_id");
  CREATE INDEX "points_boards_published_at_idx" ON "points_boards" USING btree ("published_at");
  CREATE INDEX "points_boards_review_state_idx" ON "points_boards" USING btree ("review_state");
  CREATE INDEX "points_boards_updated_at_idx" ON "points_boards" USING btree ("updated_at");
  CREATE INDEX "points_boards_created_at_idx" ON "points_boards" USING btree ("created_at");
  CREATE INDEX "points_boards__status_idx" ON "points_boards" USING btree ("_status");
  CREATE UNIQUE INDEX "slug_village_8_idx" ON "points_boards" USING btree ("slug","village_id");
  CREATE INDEX "_points_boards_v_version_red_list_order_idx" ON "_points_boards_v_version_red_list" USING btree ("_order");
  CREATE INDEX "_points_boards_v_version_red_list_parent_id_idx" ON "_points_boards_v_version_red_list" USING btree ("_parent_id");
  CREATE INDEX "_points_boards_v_version_black_list_order_idx" ON "_points_boards_v_version_black_list" USING btree ("_order");
  CREATE INDEX "_points_boards_v_version_black_list_parent_id_idx" ON "_points_boards_v_version_black_list" USING btree ("_parent_id");
  CREATE INDEX "_points_boards_v_version_review_history_order_idx" ON "_points_boards_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_points_boards_v_version_review_history_parent_id_idx" ON "_points_boards_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_points_boards_v_version_review_history_by_idx" ON "_points_boards_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_points_boards_v_parent_idx" ON "_points_boards_v" USING btree ("parent_id");
  CREATE INDEX "_points_boards_v_version_version_month_idx" ON "_points_boards_v" USING btree ("version_month");
  CREATE INDEX "_points_boards_v_version_version_slug_idx" ON "_points_boards_v" USING btree ("version_slug");
  CREATE INDEX "_points_boards_v_version_version_rules_idx" ON "_points_boards_v" USING btree ("version_rules_id");
  CREATE INDEX "_points_boards_v_version_version_village_idx" ON "_points_boards_v" USING btree ("version_village_id");
  CREATE INDEX "_points_boards_v_version_version_township_idx" ON "_points_boards_v" USING btree ("version_township_id");
  CREATE INDEX "_points_boards_v_version_version_published_at_idx" ON "_points_boards_v" USING btree ("version_published_at");
  CREATE INDEX "_points_boards_v_version_version_review_state_idx" ON "_points_boards_v" USING btree ("version_review_state");
  CREATE INDEX "_points_boards_v_version_version_updated_at_idx" ON "_points_boards_v" USING btree ("version_updated_at");
  CREATE INDEX "_points_boards_v_version_version_created_at_idx" ON "_points_boards_v" USING btree ("version_created_at");
  CREATE INDEX "_points_boards_v_version_version__status_idx" ON "_points_boards_v" USING btree ("version__status");
  CREATE INDEX "_points_boards_v_created_at_idx" ON "_points_boards_v" USING btree ("created_at");
  CREATE INDEX "_points_boards_v_updated_at_idx" ON "_points_boards_v" USING btree ("updated_at");
  CREATE INDEX "_points_boards_v_latest_idx" ON "_points_boards_v" USING btree ("latest");
  CREATE INDEX "version_slug_version_village_8_idx" ON "_points_boards_v" USING btree ("version_slug","version_village_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "townships_slug_idx" ON "townships" USING btree ("slug");
  CREATE INDEX "townships_updated_at_idx" ON "townships" USING btree ("updated_at");
  CREATE INDEX "townships_created_at_idx" ON "townships" USING btree ("created_at");
  CREATE INDEX "villages_approvals_order_idx" ON "villages_approvals" USING btree ("_order");
  CREATE INDEX "villages_approvals_parent_id_idx" ON "villages_approvals" USING btree ("_parent_id");
  CREATE INDEX "villages_approvals_author_idx" ON "villages_approvals" USING btree ("author_id");
  CREATE INDEX "villages_approvals_approved_by_idx" ON "villages_approvals" USING btree ("approved_by_id");
  CREATE INDEX "villages_slug_idx" ON "villages" USING btree ("slug");
  CREATE INDEX "villages_township_idx" ON "villages" USING btree ("township_id");
  CREATE INDEX "villages_changed_by_idx" ON "villages" USING btree ("changed_by_id");
  CREATE INDEX "villages_updated_at_idx" ON "villages" USING btree ("updated_at");
  CREATE INDEX "villages_created_at_idx" ON "villages" USING btree ("created_at");
  CREATE INDEX "villages__status_idx" ON "villages" USING btree ("_status");
  CREATE INDEX "_villages_v_version_approvals_order_idx" ON "_villages_v_version_approvals" USING btree ("_order");
  CREATE INDEX "_villages_v_version_approvals_parent_id_idx" ON "_villages_v_version_approvals" USING btree ("_parent_id");
  CREATE INDEX "_villages_v_version_approvals_author_idx" ON "_villages_v_version_approvals" USING btree ("author_id");
  CREATE INDEX "_villages_v_version_approvals_approved_by_idx" ON "_villages_v_version_approvals" USING btree ("approved_by_id");
  CREATE INDEX "_villages_v_parent_idx" ON "_villages_v" USING btree ("parent_id");
  CREATE INDEX "_villages_v_version_version_slug_idx" ON "_villages_v" USING btree ("version_slug");
  CREATE INDEX "_villages_v_version_version_township_idx" ON "_villages_v" USING btree ("version_township_id");
  CREATE INDEX "_villages_v_version_version_changed_by_idx" ON "_villages_v" USING btree ("version_changed_by_id");
  CREATE INDEX "_villages_v_version_version_updated_at_idx" ON "_villages_v" USING btree ("version_updated_at");
  CREATE INDEX "_villages_v_version_version_created_at_idx" ON "_villages_v" USING btree ("version_created_at");
  CREATE INDEX "_villages_v_version_version__status_idx" ON "_villages_v" USING btree ("version__status");
  CREATE INDEX "_villages_v_created_at_idx" ON "_villages_v" USING btree ("created_at");
  CREATE INDEX "_villages_v_updated_at_idx" ON "_villages_v" USING btree ("updated_at");
  CREATE INDEX "_villages_v_latest_idx" ON "_villages_v" USING btree ("latest");
  CREATE INDEX "screens_hours_order_idx" ON "screens_hours" USING btree ("_order");
  CREATE INDEX "screens_hours_parent_id_idx" ON "screens_hours" USING btree ("_parent_id");
  CREATE INDEX "screens_dayparts_sections_order_idx" ON "screens_dayparts_sections" USING btree ("order");
  CREATE INDEX "screens_dayparts_sections_parent_idx" ON "screens_dayparts_sections" USING btree ("parent_id");
  CREATE INDEX "screens_dayparts_order_idx" ON "screens_dayparts" USING btree ("_order");
  CREATE INDEX "screens_dayparts_parent_id_idx" ON "screens_dayparts" USING btree ("_parent_id");
  CREATE INDEX "screens_village_idx" ON "screens" USING btree ("village_id");
  CREATE INDEX "screens_township_idx" ON "screens" USING btree ("township_id");
  CREATE INDEX "screens_slug_idx" ON "screens" USING btree ("slug");
  CREATE INDEX "screens_updated_at_idx" ON "screens" USING btree ("updated_at");
  CREATE INDEX "screens_created_at_idx" ON "screens" USING btree ("created_at");
  CREATE INDEX "screens_rels_order_idx" ON "screens_rels" USING btree ("order");
  CREATE INDEX "screens_rels_parent_idx" ON "screens_rels" USING btree ("parent_id");
  CREATE INDEX "screens_rels_path_idx" ON "screens_rels" USING btree ("path");
  CREATE INDEX "screens_rels_role_models_id_idx" ON "screens_rels" USING btree ("role_models_id");
  CREATE INDEX "screens_rels_policy_explainers_id_idx" ON "screens_rels" USING btree ("policy_explainers_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_villages_id_idx" ON "users_rels" USING btree ("villages_id");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "imports_created_by_idx" ON "imports" USING btree ("created_by_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE INDEX "screen_days_screen_idx" ON "screen_days" USING btree ("screen_id");
  CREATE INDEX "screen_days_day_idx" ON "screen_days" USING btree ("day");
  CREATE INDEX "screen_days_updated_at_idx" ON "screen_days" USING btree ("updated_at");
  CREATE INDEX "screen_days_created_at_idx" ON "screen_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "screen_day_idx" ON "screen_days" USING btree ("screen_id","day");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_role_models_id_idx" ON "payload_locked_documents_rels" USING btree ("role_models_id");
  CREATE INDEX "payload_locked_documents_rels_lecture_series_id_idx" ON "payload_locked_documents_rels" USING btree ("lecture_series_id");
  CREATE INDEX "payload_locked_documents_rels_lecture_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("lecture_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_policy_explainers_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_explainers_id");
  CREATE INDEX "payload_locked_documents_rels_village_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("village_rules_id");
  CREATE INDEX "payload_locked_documents_rels_selection_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("selection_batches_id");
  CREATE INDEX "payload_locked_documents_rels_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("notices_id");
  CREATE INDEX "payload_locked_documents_rels_grids_id_idx" ON "payload_locked_documents_rels" USING btree ("grids_id");
  CREATE INDEX "payload_locked_documents_rels_points_boards_id_idx" ON "payload_locked_documents_rels" USING btree ("points_boards_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");
  CREATE INDEX "payload_locked_documents_rels_townships_id_idx" ON "payload_locked_documents_rels" USING btree ("townships_id");
  CREATE INDEX "payload_locked_documents_rels_villages_id_idx" ON "payload_locked_documents_rels" USING btree ("villages_id");
  CREATE INDEX "payload_locked_documents_rels_screens_id_idx" ON "payload_locked_documents_rels" USING btree ("screens_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");
  CREATE INDEX "payload_locked_documents_rels_screen_days_id_idx" ON "payload_locked_documents_rels" USING btree ("screen_days_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_flagged_words_order_idx" ON "site_settings_flagged_words" USING btree ("_order");
  CREATE INDEX "site_settings_flagged_words_parent_id_idx" ON "site_settings_flagged_words" USING btree ("_parent_id");
  CREATE INDEX "site_settings_approvals_order_idx" ON "site_settings_approvals" USING btree ("_order");
  CREATE INDEX "site_settings_approvals_parent_id_idx" ON "site_settings_approvals" USING btree ("_parent_id");
  CREATE INDEX "site_settings_approvals_author_idx" ON "site_settings_approvals" USING btree ("author_id");
  CREATE INDEX "site_settings_approvals_approved_by_idx" ON "site_settings_approvals" USING btree ("approved_by_id");
  CREATE INDEX "site_settings_changed_by_idx" ON "site_settings" USING btree ("changed_by_id");
  CREATE INDEX "site_settings__status_idx" ON "site_settings" USING btree ("_status");
  CREATE INDEX "_site_settings_v_version_flagged_words_order_idx" ON "_site_settings_v_version_flagged_words" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_flagged_words_parent_id_idx" ON "_site_settings_v_version_flagged_words" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_approvals_order_idx" ON "_site_settings_v_version_approvals" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_approvals_parent_id_idx" ON "_site_settings_v_version_approvals" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_approvals_author_idx" ON "_site_settings_v_version_approvals" USING btree ("author_id");
  CREATE INDEX "_site_settings_v_version_approvals_approved_by_idx" ON "_site_settings_v_version_approvals" USING btree ("approved_by_id");
  CREATE INDEX "_site_settings_v_version_version_changed_by_idx" ON "_site_settings_v" USING btree ("version_changed_by_id");
  CREATE INDEX "_site_settings_v_version_version__status_idx" ON "_site_settings_v" USING btree ("version__status");
  CREATE INDEX "_site_settings_v_created_at_idx" ON "_site_settings_v" USING btree ("created_at");
  CREATE INDEX "_site_settings_v_updated_at_idx" ON "_site_settings_v" USING btree ("updated_at");
  CREATE INDEX "_site_settings_v_latest_idx" ON "_site_settings_v" USING btree ("latest");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "role_models_honours" CASCADE;
  DROP TABLE "role_models_review_history" CASCADE;
  DROP TABLE "role_models" CASCADE;
  DROP TABLE "role_models_rels" CASCADE;
  DROP TABLE "_role_models_v_version_honours" CASCADE;
  DROP TABLE "_role_models_v_version_review_history" CASCADE;
  DROP TABLE "_role_models_v" CASCADE;
  DROP TABLE "_role_models_v_rels" CASCADE;
  DROP TABLE "lecture_series_review_history" CASCADE;
  DROP TABLE "lecture_series" CASCADE;
  DROP TABLE "_lecture_series_v_version_review_history" CASCADE;
  DROP TABLE "_lecture_series_v" CASCADE;
  DROP TABLE "lecture_sessions_running_order" CASCADE;
  DROP TABLE "lecture_sessions_review_history" CASCADE;
  DROP TABLE "lecture_sessions" CASCADE;
  DROP TABLE "lecture_sessions_rels" CASCADE;
  DROP TABLE "_lecture_sessions_v_version_running_order" CASCADE;
  DROP TABLE "_lecture_sessions_v_version_review_history" CASCADE;
  DROP TABLE "_lecture_sessions_v" CASCADE;
  DROP TABLE "_lecture_sessions_v_rels" CASCADE;
  DROP TABLE "policy_explainers_forms" CASCADE;
  DROP TABLE "policy_explainers_topics" CASCADE;
  DROP TABLE "policy_explainers_key_points" CASCADE;
  DROP TABLE "policy_explainers_qa" CASCADE;
  DROP TABLE "policy_explainers_review_history" CASCADE;
  DROP TABLE "policy_explainers" CASCADE;
  DROP TABLE "policy_explainers_rels" CASCADE;
  DROP TABLE "_policy_explainers_v_version_forms" CASCADE;
  DROP TABLE "_policy_explainers_v_version_topics" CASCADE;
  DROP TABLE "_policy_explainers_v_version_key_points" CASCADE;
  DROP TABLE "_policy_explainers_v_version_qa" CASCADE;
  DROP TABLE "_policy_explainers_v_version_review_history" CASCADE;
  DROP TABLE "_policy_explainers_v" CASCADE;
  DROP TABLE "_policy_explainers_v_rels" CASCADE;
  DROP TABLE "village_rules_areas" CASCADE;
  DROP TABLE "village_rules_chapters_articles" CASCADE;
  DROP TABLE "village_rules_chapters" CASCADE;
  DROP TABLE "village_rules_adoption_steps" CASCADE;
  DROP TABLE "village_rules_review_history" CASCADE;
  DROP TABLE "village_rules" CASCADE;
  DROP TABLE "_village_rules_v_version_areas" CASCADE;
  DROP TABLE "_village_rules_v_version_chapters_articles" CASCADE;
  DROP TABLE "_village_rules_v_version_chapters" CASCADE;
  DROP TABLE "_village_rules_v_version_adoption_steps" CASCADE;
  DROP TABLE "_village_rules_v_version_review_history" CASCADE;
  DROP TABLE "_village_rules_v" CASCADE;
  DROP TABLE "selection_batches_review_history" CASCADE;
  DROP TABLE "selection_batches" CASCADE;
  DROP TABLE "_selection_batches_v_version_review_history" CASCADE;
  DROP TABLE "_selection_batches_v" CASCADE;
  DROP TABLE "notices_review_history" CASCADE;
  DROP TABLE "notices" CASCADE;
  DROP TABLE "_notices_v_version_review_history" CASCADE;
  DROP TABLE "_notices_v" CASCADE;
  DROP TABLE "grids_workers" CASCADE;
  DROP TABLE "grids_review_history" CASCADE;
  DROP TABLE "grids" CASCADE;
  DROP TABLE "_grids_v_version_workers" CASCADE;
  DROP TABLE "_grids_v_version_review_history" CASCADE;
  DROP TABLE "_grids_v" CASCADE;
  DROP TABLE "points_boards_red_list" CASCADE;
  DROP TABLE "points_boards_black_list" CASCADE;
  DROP TABLE "points_boards_review_history" CASCADE;
  DROP TABLE "points_boards" CASCADE;
  DROP TABLE "_points_boards_v_version_red_list" CASCADE;
  DROP TABLE "_points_boards_v_version_black_list" CASCADE;
  DROP TABLE "_points_boards_v_version_review_history" CASCADE;
  DROP TABLE "_points_boards_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "townships" CASCADE;
  DROP TABLE "villages_approvals" CASCADE;
  DROP TABLE "villages" CASCADE;
  DROP TABLE "_villages_v_version_approvals" CASCADE;
  DROP TABLE "_villages_v" CASCADE;
  DROP TABLE "screens_hours" CASCADE;
  DROP TABLE "screens_dayparts_sections" CASCADE;
  DROP TABLE "screens_dayparts" CASCADE;
  DROP TABLE "screens" CASCADE;
  DROP TABLE "screens_rels" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "screen_days" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_flagged_words" CASCADE;
  DROP TABLE "site_settings_approvals" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "_site_settings_v_version_flagged_words" CASCADE;
  DROP TABLE "_site_settings_v_version_approvals" CASCADE;
  DROP TABLE "_site_settings_v" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_role_models_honours_level";
  DROP TYPE "public"."enum_role_models_review_history_action";
  DROP TYPE "public"."enum_role_models_review_history_from";
  DROP TYPE "public"."enum_role_models_review_history_to";
  DROP TYPE "public"."enum_role_models_subject_type";
  DROP TYPE "public"."enum_role_models_category";
  DROP TYPE "public"."enum_role_models_review_state";
  DROP TYPE "public"."enum_role_models_status";
  DROP TYPE "public"."enum__role_models_v_version_honours_level";
  DROP TYPE "public"."enum__role_models_v_version_review_history_action";
  DROP TYPE "public"."enum__role_models_v_version_review_history_from";
  DROP TYPE "public"."enum__role_models_v_version_review_history_to";
  DROP TYPE "public"."enum__role_models_v_version_subject_type";
  DROP TYPE "public"."enum__role_models_v_version_category";
  DROP TYPE "public"."enum__role_models_v_version_review_state";
  DROP TYPE "public"."enum__role_models_v_version_status";
  DROP TYPE "public"."enum_lecture_series_review_history_action";
  DROP TYPE "public"."enum_lecture_series_review_history_from";
  DROP TYPE "public"."enum_lecture_series_review_history_to";
  DROP TYPE "public"."enum_lecture_series_kind";
  DROP TYPE "public"."enum_lecture_series_review_state";
  DROP TYPE "public"."enum_lecture_series_status";
  DROP TYPE "public"."enum__lecture_series_v_version_review_history_action";
  DROP TYPE "public"."enum__lecture_series_v_version_review_history_from";
  DROP TYPE "public"."enum__lecture_series_v_version_review_history_to";
  DROP TYPE "public"."enum__lecture_series_v_version_kind";
  DROP TYPE "public"."enum__lecture_series_v_version_review_state";
  DROP TYPE "public"."enum__lecture_series_v_version_status";
  DROP TYPE "public"."enum_lecture_sessions_running_order_step";
  DROP TYPE "public"."enum_lecture_sessions_review_history_action";
  DROP TYPE "public"."enum_lecture_sessions_review_history_from";
  DROP TYPE "public"."enum_lecture_sessions_review_history_to";
  DROP TYPE "public"."enum_lecture_sessions_session_status";
  DROP TYPE "public"."enum_lecture_sessions_review_state";
  DROP TYPE "public"."enum_lecture_sessions_status";
  DROP TYPE "public"."enum__lecture_sessions_v_version_running_order_step";
  DROP TYPE "public"."enum__lecture_sessions_v_version_review_history_action";
  DROP TYPE "public"."enum__lecture_sessions_v_version_review_history_from";
  DROP TYPE "public"."enum__lecture_sessions_v_version_review_history_to";
  DROP TYPE "public"."enum__lecture_sessions_v_version_review_state";
  DROP TYPE "public"."enum__lecture_sessions_v_version_status";
  DROP TYPE "public"."enum_policy_explainers_forms";
  DROP TYPE "public"."enum_policy_explainers_topics";
  DROP TYPE "public"."enum_policy_explainers_review_history_action";
  DROP TYPE "public"."enum_policy_explainers_review_history_from";
  DROP TYPE "public"."enum_policy_explainers_review_history_to";
  DROP TYPE "public"."enum_policy_explainers_policy_validity";
  DROP TYPE "public"."enum_policy_explainers_origin";
  DROP TYPE "public"."enum_policy_explainers_review_state";
  DROP TYPE "public"."enum_policy_explainers_status";
  DROP TYPE "public"."enum__policy_explainers_v_version_forms";
  DROP TYPE "public"."enum__policy_explainers_v_version_topics";
  DROP TYPE "public"."enum__policy_explainers_v_version_review_history_action";
  DROP TYPE "public"."enum__policy_explainers_v_version_review_history_from";
  DROP TYPE "public"."enum__policy_explainers_v_version_review_history_to";
  DROP TYPE "public"."enum__policy_explainers_v_version_policy_validity";
  DROP TYPE "public"."enum__policy_explainers_v_version_origin";
  DROP TYPE "public"."enum__policy_explainers_v_version_review_state";
  DROP TYPE "public"."enum__policy_explainers_v_version_status";
  DROP TYPE "public"."enum_village_rules_areas";
  DROP TYPE "public"."enum_village_rules_adoption_steps_kind";
  DROP TYPE "public"."enum_village_rules_review_history_action";
  DROP TYPE "public"."enum_village_rules_review_history_from";
  DROP TYPE "public"."enum_village_rules_review_history_to";
  DROP TYPE "public"."enum_village_rules_rules_status";
  DROP TYPE "public"."enum_village_rules_vote_meeting_type";
  DROP TYPE "public"."enum_village_rules_review_state";
  DROP TYPE "public"."enum_village_rules_status";
  DROP TYPE "public"."enum__village_rules_v_version_areas";
  DROP TYPE "public"."enum__village_rules_v_version_adoption_steps_kind";
  DROP TYPE "public"."enum__village_rules_v_version_review_history_action";
  DROP TYPE "public"."enum__village_rules_v_version_review_history_from";
  DROP TYPE "public"."enum__village_rules_v_version_review_history_to";
  DROP TYPE "public"."enum__village_rules_v_version_vote_meeting_type";
  DROP TYPE "public"."enum__village_rules_v_version_review_state";
  DROP TYPE "public"."enum__village_rules_v_version_status";
  DROP TYPE "public"."enum_selection_batches_review_history_action";
  DROP TYPE "public"."enum_selection_batches_review_history_from";
  DROP TYPE "public"."enum_selection_batches_review_history_to";
  DROP TYPE "public"."enum_selection_batches_review_state";
  DROP TYPE "public"."enum_selection_batches_status";
  DROP TYPE "public"."enum__selection_batches_v_version_review_history_action";
  DROP TYPE "public"."enum__selection_batches_v_version_review_history_from";
  DROP TYPE "public"."enum__selection_batches_v_version_review_history_to";
  DROP TYPE "public"."enum__selection_batches_v_version_review_state";
  DROP TYPE "public"."enum__selection_batches_v_version_status";
  DROP TYPE "public"."enum_notices_review_history_action";
  DROP TYPE "public"."enum_notices_review_history_from";
  DROP TYPE "public"."enum_notices_review_history_to";
  DROP TYPE "public"."enum_notices_kind";
  DROP TYPE "public"."enum_notices_review_state";
  DROP TYPE "public"."enum_notices_status";
  DROP TYPE "public"."enum__notices_v_version_review_history_action";
  DROP TYPE "public"."enum__notices_v_version_review_history_from";
  DROP TYPE "public"."enum__notices_v_version_review_history_to";
  DROP TYPE "public"."enum__notices_v_version_kind";
  DROP TYPE "public"."enum__notices_v_version_review_state";
  DROP TYPE "public"."enum__notices_v_version_status";
  DROP TYPE "public"."enum_grids_workers_role";
  DROP TYPE "public"."enum_grids_review_history_action";
  DROP TYPE "public"."enum_grids_review_history_from";
  DROP TYPE "public"."enum_grids_review_history_to";
  DROP TYPE "public"."enum_grids_review_state";
  DROP TYPE "public"."enum_grids_status";
  DROP TYPE "public"."enum__grids_v_version_workers_role";
  DROP TYPE "public"."enum__grids_v_version_review_history_action";
  DROP TYPE "public"."enum__grids_v_version_review_history_from";
  DROP TYPE "public"."enum__grids_v_version_review_history_to";
  DROP TYPE "public"."enum__grids_v_version_review_state";
  DROP TYPE "public"."enum__grids_v_version_status";
  DROP TYPE "public"."enum_points_boards_black_list_category";
  DROP TYPE "public"."enum_points_boards_review_history_action";
  DROP TYPE "public"."enum_points_boards_review_history_from";
  DROP TYPE "public"."enum_points_boards_review_history_to";
  DROP TYPE "public"."enum_points_boards_review_state";
  DROP TYPE "public"."enum_points_boards_status";
  DROP TYPE "public"."enum__points_boards_v_version_black_list_category";
  DROP TYPE "public"."enum__points_boards_v_version_review_history_action";
  DROP TYPE "public"."enum__points_boards_v_version_review_history_from";
  DROP TYPE "public"."enum__points_boards_v_version_review_history_to";
  DROP TYPE "public"."enum__points_boards_v_version_review_state";
  DROP TYPE "public"."enum__points_boards_v_version_status";
  DROP TYPE "public"."enum_villages_status";
  DROP TYPE "public"."enum__villages_v_version_status";
  DROP TYPE "public"."enum_screens_hours_weekday";
  DROP TYPE "public"."enum_screens_dayparts_sections";
  DROP TYPE "public"."enum_screens_orientation";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_imports_kind";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_settings_status";
  DROP TYPE "public"."enum__site_settings_v_version_status";`)
}
