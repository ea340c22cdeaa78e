-- The uploaded spreadsheet of a person import, kept in PostgreSQL until its job has run: any cms
-- instance may claim the job (docs/architecture.md), and ID numbers never land in the public upload folder.
CREATE TABLE IF NOT EXISTS person_import_files (
  import_ref varchar(255) PRIMARY KEY,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
