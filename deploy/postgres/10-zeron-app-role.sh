#!/bin/sh
# Runs once, when the PostgreSQL container initialises its data directory (docker-entrypoint-initdb.d).
# Creates the role the app runs as: neither superuser nor owner of the tables, so row-level security applies.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$ZERON_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE zeron_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
