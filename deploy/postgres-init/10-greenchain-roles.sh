#!/bin/sh
# Greenchain's database roles (README "Database roles", docs/adr/0010-database-roles.md). The PostgreSQL image runs
# this once, as its superuser, when it creates a new data volume:
#   greenchain_owner    runs the migrations and owns the database, its tables, views and functions;
#   greenchain_runtime  the API and the worker; owns nothing, gets its privileges through greenchain_app;
#   greenchain_app      NOLOGIN, the role every migration grants the application's privileges to. The owner may
#                       grant it (the migration step makes the runtime role a member).
# Only the two login roles may connect to the database. psql quotes the passwords (:'…') and the name (:"…").
set -eu
psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v db="$POSTGRES_DB" \
  -v owner_password="$GREENCHAIN_OWNER_PASSWORD" \
  -v runtime_password="$GREENCHAIN_RUNTIME_PASSWORD" <<'SQL'
CREATE ROLE greenchain_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE greenchain_runtime LOGIN PASSWORD :'runtime_password';
CREATE ROLE greenchain_app NOLOGIN;
GRANT greenchain_app TO greenchain_owner WITH ADMIN OPTION;
ALTER DATABASE :"db" OWNER TO greenchain_owner;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO greenchain_runtime;
SQL
