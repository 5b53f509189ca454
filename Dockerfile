# syntax=docker/dockerfile:1
# The Trust Center as one container: build once, then run as an unprivileged user with nothing fetched at
# run time. `docker compose up` (compose.yaml) adds PostgreSQL and Redis; README "Production" has the rest.

# ── 1. Dependencies: the lockfile's exact tree (dev tools included: migrations and the CLI run on tsx). ──
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# postinstall generates the Prisma client from the schema, offline.
COPY prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs ./scripts/prisma-generate.mjs
RUN npm ci --no-audit --no-fund

# ── 2. Build: the production Next.js build, stamped so that `npm start` never builds again. ──
FROM deps AS build
COPY . .
RUN npm run build

# ── 3. Runtime: no compilers, no package manager downloads, a non-root user. ──
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    npm_config_update_notifier=false \
    npm_config_cache=/tmp/.npm
WORKDIR /app
RUN groupadd --system --gid 10001 trust && useradd --system --uid 10001 --gid trust --home-dir /app --no-create-home trust \
    && mkdir -p /data && chown trust:trust /data
COPY --from=build --chown=root:root /app /app
# Next.js rewrites revalidated pages and its cache under .next at run time; the rest stays read-only for the app user.
RUN mkdir -p /app/.next/cache && chown -R trust:trust /app/.next
USER trust
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrates (one instance at a time: PostgreSQL advisory lock), imports the content baseline when the
# database has none, then serves. Demo data is never loaded with NODE_ENV=production.
CMD ["npm", "start"]
