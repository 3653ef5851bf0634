# syntax=docker/dockerfile:1
# Zeron web app: docker build -t zeron . && docker run -p 5080:8080 ... (see docker-compose.yml)

# --- restore inputs only: project files and build/package settings, so the restore layer below
#     stays cached until one of them changes (source edits do not invalidate it) ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS restore-inputs
WORKDIR /src
COPY . .
RUN find . -type f ! \( -name '*.csproj' -o -name '*.props' -o -name '*.targets' \
      -o -name 'global.json' -o -name 'packages.lock.json' -o -iname 'nuget.config' -o -name '*.sln' -o -name '*.slnx' \) -delete

# --- build ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY --from=restore-inputs /src ./
RUN dotnet restore src/Zeron.Web/Zeron.Web.csproj
COPY . .
RUN dotnet publish src/Zeron.Web/Zeron.Web.csproj -c Release -o /app -p:UseAppHost=false

# --- runtime ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The backup job (Zeron__Backup__Cron) runs pg_dump and redis-cli. pg_dump must match the server's major version
# (docker-compose.yml runs PostgreSQL 16), so the client comes from the PostgreSQL project's apt repository.
ARG PG_MAJOR=16
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl redis-tools \
 && install -d /usr/share/postgresql-common/pgdg \
 && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc \
 && . /etc/os-release \
 && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt ${VERSION_CODENAME}-pgdg main" \
      >/etc/apt/sources.list.d/pgdg.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends "postgresql-client-${PG_MAJOR}" \
 && apt-get purge -y curl && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
COPY --from=build /app ./
# The image ships a non-root "app" user (uid in $APP_UID).
USER $APP_UID
EXPOSE 8080
# No HEALTHCHECK: the aspnet image has no curl/wget; orchestrators should probe /health/live.
ENTRYPOINT ["dotnet", "Zeron.Web.dll"]
